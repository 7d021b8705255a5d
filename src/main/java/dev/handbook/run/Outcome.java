package dev.handbook.run;

import dev.handbook.diag.Diagnostic;
import dev.handbook.report.Report;
import dev.handbook.report.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a check or a build ended, the one value every edge reports from (text and machine reports,
 * the Maven log, the preview) and the build cache replays.
 *
 * @param output      the output folder of a build; null for a check
 * @param diagnostics the findings, in {@link Diagnostic#ORDER} (replayed from the cache when nothing changed)
 * @param pages       the pages checked, as source-relative paths
 * @param problems    why the bake itself failed or the output was refused: template findings
 *                    ({@code template}) and output findings ({@code output}) at the output folder
 */
public record Outcome(Status status, Path output, List<Diagnostic> diagnostics, List<String> pages, int products,
                      List<Phase> phases, List<Diagnostic> problems) {

    public enum Status {
        /** A check found nothing that fails the handbook. */
        CHECKED,
        /** The site was rendered and published. */
        BUILT,
        /** Nothing the site is made from changed since the last build; the site was left as it is. */
        UNCHANGED,
        /** The handbook has errors (or warnings in strict mode): a build rendered nothing (but in preview). */
        CONTENT_ERRORS,
        /** Rendering failed (a template error, an unwritable file): the previous site is untouched. */
        BAKE_FAILED,
        /** The output folder may not be used, or another build holds it. */
        OUTPUT_REFUSED
    }

    public Outcome {
        Objects.requireNonNull(status, "status");
        diagnostics = List.copyOf(diagnostics);
        pages = List.copyOf(pages);
        phases = List.copyOf(phases);
        problems = List.copyOf(problems);
    }

    /** {@code 3 errors, 1 warning in 2 of 40 pages}. */
    public String summary() {
        return Summary.line(diagnostics, pages);
    }

    /** What the report formats print. */
    public Report report() {
        return Report.of(diagnostics, pages, products);
    }

    /** Whether the output folder now holds the site this run describes. */
    public boolean published() {
        return status == Status.BUILT || status == Status.UNCHANGED;
    }
}
