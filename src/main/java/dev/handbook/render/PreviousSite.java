package dev.handbook.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The last successful build of the same output: where its pages are, and the fingerprint each
 * page was rendered from. Pages whose fingerprint is unchanged are copied instead of rendered.
 */
public record PreviousSite(Path folder, Map<String, String> fingerprints) {

    public PreviousSite {
        Objects.requireNonNull(folder, "folder");
        fingerprints = Map.copyOf(fingerprints);
    }
}
