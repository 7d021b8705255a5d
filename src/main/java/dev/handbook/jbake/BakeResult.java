package dev.handbook.jbake;

import java.util.Map;

/**
 * What a bake did: pages rendered, pages reused unchanged from the previous site, and the
 * fingerprint of every page, for the next build to compare against.
 */
public record BakeResult(int rendered, int reused, Map<String, String> fingerprints) {

    public BakeResult {
        fingerprints = Map.copyOf(fingerprints);
    }
}
