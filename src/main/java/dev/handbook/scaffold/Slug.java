package dev.handbook.scaffold;

import dev.handbook.parse.PageParser;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A page's file name without {@code .md}, made from a name: {@code "Tide Gauge Ü"} becomes {@code tide-gauge-u}. */
public record Slug(String value) {

    /** Letters that carry no accent to strip but still have a plain spelling. */
    private static final Map<Character, String> LIGATURES = Map.of('ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o",
            'ł', "l", 'đ', "d", 'ð', "d", 'þ', "th", 'ı', "i");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!PageParser.SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    /** Lower case, accents folded, every run of other characters one {@code -}; empty when nothing is left. */
    public static Optional<Slug> fromName(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder();
        folded.chars().forEach(c -> plain.append(LIGATURES.getOrDefault((char) c, String.valueOf((char) c))));
        String slug = plain.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? Optional.empty() : Optional.of(new Slug(slug));
    }

    public String fileName() {
        return value + ".md";
    }
}
