package dev.handbook.run;

import dev.handbook.diag.Diagnostic;
import dev.handbook.report.Report;
import dev.handbook.report.Summary;
import dev.handbook.text.Counted;
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
 * @param sitePages   how many pages the published site has (0 when nothing was published)
 * @param previousSite whether a site was in the output before this build began
 */
public record Outcome(
        Status status,
        Path output,
        List<Diagnostic> diagnostics,
        List<String> pages,
        int products,
        List<Phase> phases,
        List<Diagnostic> problems,
        int sitePages,
        boolean previousSite) {

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
        if (sitePages < 0) {
            throw new IllegalArgumentException("sitePages " + sitePages);
        }
    }

    /** An outcome that publishes nothing into a folder that held nothing before: a check's. */
    public Outcome(
            Status status,
            Path output,
            List<Diagnostic> diagnostics,
            List<String> pages,
            int products,
            List<Phase> phases,
            List<Diagnostic> problems) {
        this(status, output, diagnostics, pages, products, phases, problems, 0, false);
    }

    /** {@code published 34 pages in DIR; open DIR/index.html}. */
    public String publishedLine() {
        return "published " + Counted.of(sitePages, "page") + " in " + output + "; open "
                + output.resolve("index.html");
    }

    /** {@code nothing changed since the last build; DIR (34 pages) is up to date}. */
    public String unchangedLine() {
        return "nothing changed since the last build; " + output + " (" + Counted.of(sitePages, "page")
                + ") is up to date";
    }

    /** What a build that published nothing left in the output: the previous site, or none. */
    public String leftBehind() {
        return previousSite
                ? "the previous site in " + output + " is unchanged"
                : "there is no site in " + output + " yet";
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
