package dev.handbook.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The form a characteristic's value takes in front matter. */
public enum Shape {
    /** Free text. */
    TEXT,
    /** A list of texts. */
    LIST,
    /** An absolute http(s) or mailto URL. */
    URL,
    /** One of a fixed set of words. */
    CHOICE,
    /** A list whose items are text or {@code {product: SLUG, kind, description}}. */
    INTERFACES,
    /** A text, or {@code {name, logo}} where logo is an image path under content/. */
    BRAND,
    /** A path to a file under content/. */
    FILE,
    /** The slug of another product. */
    PRODUCT;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Shape> fromYamlName(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName().equals(name)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(Shape::yamlName).toList();
    }
}
