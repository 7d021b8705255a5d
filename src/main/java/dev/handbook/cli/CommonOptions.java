package dev.handbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by build and check. */
final class CommonOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "The handbook folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "How diagnostics are printed: text (default), json, junit, github or sarif.")
    String format = "text";

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "The date waivers and enforcement dates are judged against (default: today, UTC).")
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

    @Option(names = "--strict", description = "Warnings fail too, as with `strict: true` in site.yml.")
    boolean strict;

    @Option(names = "--debug", description = "Print a stack trace when something unexpected fails.")
    boolean debug;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only diagnostics and the summary, no progress lines.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also print how long each phase took (check prints none by default).")
    boolean verbose;
}
