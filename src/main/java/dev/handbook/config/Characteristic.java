package dev.handbook.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A signal that a product is a product, as the schema defines it.
 *
 * @param requiredFrom  the maturity level from which it is expected, or null when never required
 * @param enforcedFrom  before this date a missing value is only a warning; null when always enforced
 */
public record Characteristic(
        String key,
        String label,
        String explanation,
        Shape shape,
        List<String> values,
        String requiredFrom,
        LocalDate enforcedFrom) {

    public Characteristic {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(shape, "shape");
        values = List.copyOf(values);
        if (shape == Shape.CHOICE && values.isEmpty()) {
            throw new IllegalArgumentException("a choice characteristic needs values: " + key);
        }
    }

    public boolean isRequiredSomewhere() {
        return requiredFrom != null;
    }
}
