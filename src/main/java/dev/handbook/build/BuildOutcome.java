package dev.handbook.build;

import dev.handbook.diag.Diagnostic;
import dev.handbook.run.Phase;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a build ended, with everything an edge needs to report it.
 *
 * @param diagnostics the findings (replayed from the cache when nothing changed)
 * @param problems    why the bake itself failed or the output was refused: template findings
 *                    ({@code template}) and output findings ({@code output}) at the output folder
 * @param pages       the pages checked, as source-relative paths
 */
public record BuildOutcome(Status status, Path output, List<Diagnostic> diagnostics, String summary,
                           List<Phase> phases, List<Diagnostic> problems, List<String> pages, int products) {

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
    }
}
