package dev.handbook.scaffold;

import dev.handbook.parse.PageParser;
import dev.handbook.text.Slugs;
import java.util.Objects;
import java.util.Optional;

/** A page's file name without {@code .md}, made from a name: {@code "Tide Gauge Ü"} becomes {@code tide-gauge-u}. */
public record Slug(String value) {

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!PageParser.SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    /** {@link Slugs#of}: lower case, accents folded, every run of other characters one {@code -}. */
    public static Optional<Slug> fromName(String name) {
        String slug = Slugs.of(name);
        return slug.isEmpty() ? Optional.empty() : Optional.of(new Slug(slug));
    }

    public String fileName() {
        return value + ".md";
    }
}
