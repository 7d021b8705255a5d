package dev.handbook.render;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names for things that have none of their own, such as owners. */
final class Slugs {

    private Slugs() {
    }

    static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "owner" : fitted(slug, name);
    }

    /** The most characters of a slug a file name takes: with "-N" and ".html" well under 255 bytes. */
    static final int MAX_LENGTH = 200;

    /**
     * A slug short enough for a file name: a longer one is cut and ends in a digest of the whole
     * name, so two long names that start alike still get two pages. (The slug is ASCII: a
     * character is a byte.)
     */
    private static String fitted(String slug, String name) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH - 17).replaceAll("-+$", "");
        return cut + "-" + dev.handbook.cache.Fingerprint.of(name);
    }
}
