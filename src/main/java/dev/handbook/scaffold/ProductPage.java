package dev.handbook.scaffold;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Origin;
import dev.handbook.config.Schema;
import dev.handbook.config.Stage;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A new product page: its claim, and every characteristic its maturity requires as a commented
 * {@code TODO}, so the page fails {@code check} with {@code placeholder-value} until it is filled in.
 */
record ProductPage(String name, String level, Schema schema) {

    static final String PLACEHOLDER = "TODO";

    ProductPage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        if (schema.levelIndex(level) < 0) {
            throw new IllegalArgumentException("unknown level " + level);
        }
    }

    String text() {
        FrontMatterText yaml = new FrontMatterText()
                .entry("title", name)
                .entry("type", "product")
                .comment("Maturity: one of " + String.join(", ", schema.levels())
                        + ". Each level asks for more of the characteristics below.")
                .entry("maturity", level);
        claim(yaml);
        schema.requiredAt(level).forEach(c -> characteristic(yaml, c));
        return yaml.close() + body();
    }

    /** Origin and stage are optional, so they are offered commented out with the choices that fit the level. */
    private void claim(FrontMatterText yaml) {
        if (schema.origins().isEmpty()) {
            return;
        }
        String fitting = fittingStages();
        yaml.comment("Origin and stage: where it comes from and where it is now. Uncomment both and pick one of each."
                        + (fitting.isEmpty() ? "" : "\nAt `" + level + "` these stages fit: " + fitting + "."))
                .comment("origin: " + String.join(" | ", schema.originNames()))
                .comment("stage: " + PLACEHOLDER)
                .blankLine();
    }

    private String fittingStages() {
        return schema.origins().stream()
                .map(this::fittingStages)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("; "));
    }

    private String fittingStages(Origin origin) {
        List<String> stages = origin.stages().stream()
                .filter(s -> s.levels().isEmpty() || s.levels().contains(level))
                .map(Stage::name)
                .toList();
        return stages.isEmpty() ? "" : origin.name() + " " + String.join(" or ", stages);
    }

    private static void characteristic(FrontMatterText yaml, Characteristic c) {
        String explanation =
                c.explanation().isBlank() ? "" : ": " + c.explanation().strip();
        yaml.comment(c.label() + explanation + hint(c));
        switch (c.shape()) {
            case LIST, INTERFACES -> yaml.list(c.key(), PLACEHOLDER);
            default -> yaml.entry(c.key(), PLACEHOLDER);
        }
    }

    /** What the value looks like, for the shapes that are more than a line of text. */
    private static String hint(Characteristic c) {
        return switch (c.shape()) {
            case TEXT -> "";
            case LIST -> "\n(A list: one item per line, each starting with `- `.)";
            case URL -> "\n(An address starting with https:// or mailto:.)";
            case CHOICE -> "\n(One of: " + String.join(", ", c.values()) + ".)";
            case INTERFACES ->
                "\n(A list: each item a text such as \"REST API\", or {product: SLUG, kind: ..., "
                        + "description: ...} for another product.)";
            case BRAND -> "\n(A name, or {name: ..., logo: images/FILE.svg} with the logo under content/.)";
            case FILE -> "\n(A path to a file under content/, such as files/datasheet.pdf.)";
            case PRODUCT -> "\n(The slug of another product page.)";
        };
    }

    private String body() {
        return "\n# " + name + "\n\n"
                + "TODO: say in a few sentences what " + name + " is, who uses it and how it fits with the other "
                + "products (link to their pages).\n\n"
                + "## Getting started\n\n"
                + "TODO: the first steps for someone who wants to use " + name + ", and where to ask for help.\n";
    }
}
