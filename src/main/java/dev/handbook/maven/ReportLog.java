package dev.handbook.maven;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Printable;
import dev.handbook.report.Report;
import dev.handbook.report.ReportFormat;
import dev.handbook.run.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Puts what a goal found where a Maven user reads it: every finding as one compiler-style line
 * at its severity, the summary, a report file for the machine formats, and the verdict:
 * findings that fail the handbook are BUILD FAILURE (MojoFailureException), an output folder
 * that cannot be used is a configuration problem (MojoExecutionException).
 */
final class ReportLog {

    private static final Map<ReportFormat, String> FILES = Map.of(
            ReportFormat.JSON,
            "handbook-report.json",
            ReportFormat.JUNIT,
            "handbook-report.xml",
            ReportFormat.SARIF,
            "handbook-report.sarif");

    private final Log log;
    private final ReportFormat format;
    private final Path reportDirectory;

    ReportLog(Log log, ReportFormat format, Path reportDirectory) {
        this.log = log;
        this.format = format;
        this.reportDirectory = reportDirectory;
    }

    void checked(Outcome outcome) throws MojoExecutionException, MojoFailureException {
        outcome.phases().forEach(phase -> log.debug(phase.describe()));
        present(outcome.report(), outcome.status() == Outcome.Status.CONTENT_ERRORS);
    }

    void baked(Outcome outcome) throws MojoExecutionException, MojoFailureException {
        outcome.phases().forEach(phase -> log.info(phase.describe()));
        present(outcome.report(), outcome.status() == Outcome.Status.CONTENT_ERRORS);
        switch (outcome.status()) {
            case BAKE_FAILED -> {
                outcome.problems().forEach(problem -> log.error(problem.toText()));
                throw new MojoFailureException(Printable.line(
                        "the site could not be rendered; nothing was published, " + outcome.leftBehind()));
            }
            case OUTPUT_REFUSED ->
                throw new MojoExecutionException(String.join(
                        "; ",
                        outcome.problems().stream().map(Diagnostic::toText).toList()));
            case UNCHANGED -> log.info(Printable.line(outcome.unchangedLine()));
            default -> log.info(Printable.line(outcome.publishedLine()));
        }
    }

    private void present(Report report, boolean fails) throws MojoExecutionException, MojoFailureException {
        report.diagnostics().forEach(d -> {
            if (d.isError()) {
                log.error(d.toText());
            } else {
                log.warn(d.toText());
            }
        });
        writeFile(report);
        if (fails) {
            log.error(report.summary());
            throw new MojoFailureException("the handbook has "
                    + (report.errors() > 0 ? "errors" : "warnings, and strict " + "mode fails on them") + ": "
                    + report.summary());
        }
        log.info(report.summary());
    }

    private void writeFile(Report report) throws MojoExecutionException {
        if (format == ReportFormat.GITHUB) {
            format.write(report, System.out, new PrintStream(OutputStream.nullOutputStream()));
            return;
        }
        String name = FILES.get(format);
        if (name == null) {
            return;
        }
        Path file = reportDirectory.resolve(name);
        try {
            Files.createDirectories(reportDirectory);
            try (PrintStream out = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
                format.write(report, out, new PrintStream(OutputStream.nullOutputStream()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
        log.info("wrote the " + format.name().toLowerCase(java.util.Locale.ROOT) + " report to " + file);
    }
}
