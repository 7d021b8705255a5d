package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Live preview: pages load the reload script, and each page shows its own diagnostics in a
 * banner instead of the build refusing to render.
 *
 * @param problems source-relative path to the diagnostics found in that file
 */
public record PreviewBanners(boolean enabled, Map<String, List<Diagnostic>> problems) {

    public static final PreviewBanners OFF = new PreviewBanners(false, Map.of());

    public PreviewBanners {
        problems = Map.copyOf(problems);
    }

    public static PreviewBanners of(List<Diagnostic> diagnostics) {
        return new PreviewBanners(true, diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::path)));
    }

    /** The compiler-style lines for one source file, in order. */
    public List<String> linesFor(String sourcePath) {
        return problems.getOrDefault(sourcePath, List.of()).stream()
                .map(Diagnostic::toText)
                .toList();
    }

    public int count() {
        return problems.values().stream().mapToInt(List::size).sum();
    }
}
