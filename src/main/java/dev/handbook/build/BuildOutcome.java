package dev.handbook.build;

import dev.handbook.diag.Diagnostic;
import dev.handbook.run.Phase;
import dev.handbook.text.Counted;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a build ended, with everything an edge needs to report it.
 *
 * @param diagnostics the findings (replayed from the cache when nothing changed)
 * @param problems    one-line reasons when the bake itself failed or the output was refused
 * @param pages       the pages checked, as source-relative paths
 * @param sitePages   how many pages the published site has (0 when nothing was published)
 * @param previousSite whether a site was in the output before this build began
 */
public record BuildOutcome(Status status, Path output, List<Diagnostic> diagnostics, String summary,
                           List<Phase> phases, List<String> problems, List<String> pages, int products,
                           int sitePages, boolean previousSite) {

    public enum Status {
        /** The site was rendered and published. */
        BUILT,
        /** Nothing the site is made from changed since the last build; the site was left as it is. */
        UNCHANGED,
        /** The handbook has errors (or warnings in strict mode): nothing was rendered. */
        CONTENT_ERRORS,
        /** Rendering failed (a template error, an unwritable file): the previous site is untouched. */
        BAKE_FAILED,
        /** The output folder may not be used, or another build holds it. */
        OUTPUT_REFUSED
    }

    public BuildOutcome {
        Objects.requireNonNull(status, "status");
        diagnostics = List.copyOf(diagnostics);
        phases = List.copyOf(phases);
        problems = List.copyOf(problems);
        pages = List.copyOf(pages);
        if (sitePages < 0) {
            throw new IllegalArgumentException("sitePages " + sitePages);
        }
    }

    /** {@code published 34 pages in DIR; open DIR/index.html}. */
    public String publishedLine() {
        return "published " + Counted.of(sitePages, "page") + " in " + output + "; open " + output.resolve("index.html");
    }

    /** {@code nothing changed since the last build; DIR (34 pages) is up to date}. */
    public String unchangedLine() {
        return "nothing changed since the last build; " + output + " (" + Counted.of(sitePages, "page") + ") is up to date";
    }

    /** What a build that published nothing left in the output: the previous site, or none. */
    public String leftBehind() {
        return previousSite ? "the previous site in " + output + " is unchanged" : "there is no site in " + output + " yet";
    }
}
