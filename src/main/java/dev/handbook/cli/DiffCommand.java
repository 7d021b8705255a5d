package dev.handbook.cli;

import dev.handbook.diag.Printable;
import dev.handbook.diff.Comparison;
import dev.handbook.diff.DiffFormat;
import dev.handbook.diff.HandbookDiff;
import dev.handbook.history.Revisions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code handbook diff}: what a change does to the handbook's products, levels and findings. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare the handbook at two commits, or at a commit and the working tree: products added,"
                + " removed and renamed, level changes, characteristics, new and fixed findings.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            " 0:compared (with --fail-on regression: and nothing regressed)",
            " 1:with --fail-on regression: an earned level dropped or a new error appeared",
            Main.EXIT_USAGE,
            Main.EXIT_INTERNAL
        })
final class DiffCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--source", paramLabel = "DIR", description = "The handbook folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(
            names = "--base",
            paramLabel = "REF",
            description = "The commit before (default: the merge base with the default branch, else HEAD).")
    String base;

    @Option(
            names = "--head",
            paramLabel = "REF",
            description = "The commit after (default: the working tree, uncommitted changes included).")
    String head;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), markdown (a pull-request comment), json or github (annotations).")
    String format = "text";

    @Option(
            names = "--fail-on",
            paramLabel = "WHAT",
            description = "regression: exit 1 when an earned level drops or a new error appears.")
    String failOn;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "The date both sides are judged against (default: today, UTC).")
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

    @Option(names = "--debug", description = "Print a stack trace when something unexpected fails.")
    boolean debug;

    DiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        DiffFormat diffFormat;
        try {
            diffFormat = DiffFormat.of(format);
        } catch (IllegalArgumentException e) {
            return usage("unknown --format " + format + "; use text, markdown, json or github");
        }
        if (failOn != null && !failOn.equals("regression")) {
            return usage("unknown --fail-on " + failOn + "; the one choice is regression");
        }
        if (!Files.isDirectory(source)) {
            return usage("the handbook folder " + source + " does not exist");
        }
        try {
            HandbookDiff diff = new Comparison(source, today).run(base, head);
            diffFormat.write(diff, out);
            return failOn != null && diff.regressed() ? ExitCode.CONTENT_ERRORS.code : ExitCode.OK.code;
        } catch (Revisions.Unreadable e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            return usage("the commits could not be read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Runner.unexpected(e, debug, true, err);
        }
    }

    private int usage(String message) {
        err.println(Printable.line("error: " + message));
        return ExitCode.USAGE.code;
    }
}
