package dev.handbook.cli;

import dev.handbook.config.ConfigException;
import dev.handbook.jbake.BakeException;
import dev.handbook.jbake.SiteBaker;
import dev.handbook.output.OutputFolder;
import dev.handbook.output.StagedOutput;
import dev.handbook.report.Report;
import dev.handbook.report.ReportFormat;
import dev.handbook.run.CheckResult;
import dev.handbook.run.HandbookCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Turns a command's options into calls of the core and the results into output and an exit code. */
final class Runner {

    private final PrintStream out;
    private final PrintStream err;

    Runner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int check(CommonOptions options) {
        Optional<ReportFormat> format = format(options);
        if (format.isEmpty()) {
            return ExitCode.USAGE.code;
        }
        return withResult(options, format.get(), options.verbose, result -> ExitCode.OK);
    }

    int build(CommonOptions options, Path outputOption) {
        Optional<ReportFormat> format = format(options);
        if (format.isEmpty()) {
            return ExitCode.USAGE.code;
        }
        return withResult(options, format.get(), !options.quiet, result -> bake(result, outputOption, options.quiet));
    }

    private int withResult(CommonOptions options, ReportFormat format, boolean progress, Step next) {
        try {
            CheckResult result = new HandbookCheck().run(options.source, options.today);
            if (progress) {
                result.phases().forEach(phase -> err.println(phase.describe()));
            }
            format.write(report(result), out, err);
            if (result.fails()) {
                return ExitCode.CONTENT_ERRORS.code;
            }
            return next.run(result).code;
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> err.println(d.toText()));
            return ExitCode.USAGE.code;
        } catch (RuntimeException e) {
            err.println("error: unexpected failure: " + e + (options.debug ? "" : " (run with --debug for details)"));
            if (options.debug) {
                e.printStackTrace(err);
            }
            return ExitCode.CONTENT_ERRORS.code;
        }
    }

    private ExitCode bake(CheckResult result, Path outputOption, boolean quiet) {
        Path output = outputOption != null ? outputOption : result.sourceDir().resolve("target/site");
        Optional<String> unsafe = OutputFolder.problem(result.sourceDir(), output,
                List.of(result.contentDir(), result.sourceDir().resolve(result.config().templatesDir())));
        if (unsafe.isPresent()) {
            err.println("error: " + unsafe.get());
            return ExitCode.USAGE;
        }
        long start = System.nanoTime();
        int pages;
        try (StagedOutput staged = StagedOutput.open(output)) {
            pages = new SiteBaker().bake(result.handbook(), result.files(), result.sourceDir(), result.contentDir(),
                    staged.staging());
            staged.publish();
        } catch (BakeException e) {
            e.problems().forEach(err::println);
            err.println("nothing was published; the previous site in " + output + " is unchanged");
            return ExitCode.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!quiet) {
            err.println(new dev.handbook.run.Phase("baked", pages, "pages into " + output, System.nanoTime() - start)
                    .describe());
        }
        return ExitCode.OK;
    }

    private Optional<ReportFormat> format(CommonOptions options) {
        try {
            return Optional.of(ReportFormat.of(options.format));
        } catch (IllegalArgumentException e) {
            err.println("error: unknown --format " + options.format + "; use text, json, junit, github or sarif");
            return Optional.empty();
        }
    }

    private static Report report(CheckResult result) {
        List<String> pages = result.files().pages().stream().map(p -> result.config().contentDir() + "/" + p).toList();
        return new Report(result.diagnostics(), pages, result.errors(), result.warnings(), result.products(),
                result.summary());
    }

    @FunctionalInterface
    private interface Step {
        ExitCode run(CheckResult result);
    }
}
