package dev.handbook.config;

import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;

/** What happens to raw HTML in Markdown ({@code markdown.raw_html} in site.yml). */
public enum RawHtml {
    /** Kept through an allow-list: tables, details, images, ids and classes stay; scripts, handlers and unsafe URLs go. */
    SANITIZE,
    /** Shown as text, tags and all. */
    ESCAPE,
    /** Passed through unchanged, for a handbook whose every writer may put script on its pages. */
    TRUSTED;

    public static final RawHtml DEFAULT = SANITIZE;

    /**
     * The mode a site.yml value names. The booleans of earlier versions keep their meaning:
     * {@code true} passed HTML through ({@link #TRUSTED}), {@code false} escaped it ({@link #ESCAPE}).
     */
    static Optional<RawHtml> of(YamlNode node) {
        if (!(node instanceof YamlScalar scalar)) {
            return Optional.empty();
        }
        String word = scalar.text().toLowerCase(Locale.ROOT);
        if (scalar.kind() == YamlScalar.Kind.BOOL) {
            boolean on = word.equals("true") || word.equals("yes") || word.equals("on") || word.equals("y");
            return Optional.of(on ? TRUSTED : ESCAPE);
        }
        return switch (word) {
            case "sanitize" -> Optional.of(SANITIZE);
            case "escape" -> Optional.of(ESCAPE);
            case "trusted" -> Optional.of(TRUSTED);
            default -> Optional.empty();
        };
    }
}
