package dev.handbook.render;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names for things that have none of their own, such as owners. */
final class Slugs {

    private Slugs() {
    }

    static String of(String name) {
        return of(name, "owner");
    }

    /** @param fallback the slug of a name without a letter or digit */
    static String of(String name, String fallback) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
