package dev.handbook.cli;

import dev.handbook.build.SiteBuilder;
import dev.handbook.config.ConfigException;
import dev.handbook.diag.Printable;
import dev.handbook.report.ReportFormat;
import dev.handbook.run.HandbookCheck;
import dev.handbook.run.Outcome;
import dev.handbook.run.RunOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Turns a command's options into one call of the core and the result into output and an exit code. */
final class Runner {

    private final PrintStream out;
    private final PrintStream err;

    Runner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int check(CommonOptions options) {
        return guarded(options, format -> {
            SiteBuilder.recoverDefaultOutput(options.source);
            Outcome outcome = new HandbookCheck().check(options(options));
            if (options.verbose) {
                outcome.phases().forEach(phase -> err.println(phase.describe()));
            }
            format.write(outcome.report(), out, err);
            return outcome.status() == Outcome.Status.CONTENT_ERRORS ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
        });
    }

    int build(CommonOptions options, Path output) {
        return guarded(options, format -> {
            Outcome outcome = new SiteBuilder().build(options(options).withOutput(output));
            if (!options.quiet) {
                outcome.phases().forEach(phase -> err.println(phase.describe()));
            }
            if (options.verbose) {
                details(outcome);
            }
            format.write(outcome.report(), out, err);
            return finish(outcome, options.quiet);
        });
    }

    private static RunOptions options(CommonOptions options) {
        return RunOptions.of(options.source, options.today).withStrict(options.strict);
    }

    /** --verbose: findings per rule, and where the build keeps what it knows for the next one. */
    private void details(Outcome outcome) {
        java.util.Map<String, Long> byRule = new java.util.TreeMap<>(outcome.diagnostics().stream()
                .collect(
                        java.util.stream.Collectors.groupingBy(d -> d.rule(), java.util.stream.Collectors.counting())));
        err.println(Printable.line("findings by rule: " + (byRule.isEmpty() ? "none" : byRule.toString())));
        err.println(Printable.line("build cache: " + dev.handbook.cache.BuildCache.fileFor(outcome.output())));
    }

    private ExitCode finish(Outcome outcome, boolean quiet) {
        outcome.problems().forEach(problem -> err.println(problem.toText()));
        switch (outcome.status()) {
            case BUILT -> {
                if (!quiet) {
                    err.println(Printable.line(outcome.publishedLine()));
                }
                return ExitCode.OK;
            }
            case CHECKED -> {
                return ExitCode.OK; // a build never ends here; a check's outcome means nothing failed
            }
            case UNCHANGED -> {
                if (!quiet) {
                    err.println(Printable.line(outcome.unchangedLine()));
                }
                return ExitCode.OK;
            }
            case CONTENT_ERRORS -> {
                return ExitCode.CONTENT_ERRORS;
            }
            case BAKE_FAILED -> {
                err.println(Printable.line("nothing was published; " + outcome.leftBehind()));
                return ExitCode.CONTENT_ERRORS;
            }
            default -> {
                return ExitCode.USAGE;
            }
        }
    }

    /** Usage problems become exit code 2; anything unexpected exit code 70 and one line (a trace only with --debug). */
    private int guarded(CommonOptions options, Step step) {
        Optional<ReportFormat> format = format(options);
        if (format.isEmpty()) {
            return ExitCode.USAGE.code;
        }
        try {
            return step.run(format.get()).code;
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> err.println(d.toText()));
            return ExitCode.USAGE.code;
        } catch (RuntimeException | StackOverflowError e) {
            return unexpected(e, options.debug, true, err);
        }
    }

    /**
     * One escaped line saying what failed; with {@code --debug} the stack trace too, each line escaped.
     *
     * @param offersDebug whether the command has a {@code --debug} option to suggest
     */
    static int unexpected(Throwable e, boolean debug, boolean offersDebug, PrintStream err) {
        err.println(Printable.line(
                "error: unexpected failure: " + e + (debug || !offersDebug ? "" : " (run with --debug for details)")));
        // a message may hold line breaks: the trace is printed frame by frame, each line escaped
        for (Throwable t = e; debug && t != null; t = t.getCause() == t ? null : t.getCause()) {
            err.println(Printable.line((t == e ? "" : "Caused by: ") + t));
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println(Printable.line("    at " + frame));
            }
        }
        return ExitCode.INTERNAL.code;
    }

    private Optional<ReportFormat> format(CommonOptions options) {
        try {
            return Optional.of(ReportFormat.of(options.format));
        } catch (IllegalArgumentException e) {
            err.println(Printable.line(
                    "error: unknown --format " + options.format + "; use text, json, junit, github or sarif"));
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Step {
        ExitCode run(ReportFormat format) throws ConfigException;
    }
}
