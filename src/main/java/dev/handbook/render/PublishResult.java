package dev.handbook.render;

import java.util.Map;

/**
 * What publishing did: pages rendered, pages reused unchanged from the previous site, and the
 * fingerprint of every page, for the next build to compare against.
 */
public record PublishResult(int rendered, int reused, Map<String, String> fingerprints) {

    public PublishResult {
        fingerprints = Map.copyOf(fingerprints);
    }
}
