package dev.handbook.model;

import dev.handbook.parse.ParsedPage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product page understood: its claim, what it earns, and every characteristic's state.
 *
 * @param earnedLevel the highest level whose requirements are all met, or null
 * @param nextLevel   the level after the declared one, or null at the top
 * @param missingForNext what the next level requires that the product lacks
 */
public record Product(ParsedPage page, String slug, String maturity, String origin, String stage,
                      List<CharacteristicEntry> characteristics, List<InterfaceRef> interfaces,
                      String earnedLevel, String nextLevel, List<String> missingForNext) {

    public Product {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(slug, "slug");
        characteristics = List.copyOf(characteristics);
        interfaces = List.copyOf(interfaces);
        missingForNext = List.copyOf(missingForNext);
    }

    public String title() {
        return page.title();
    }

    public Optional<CharacteristicEntry> characteristic(String key) {
        for (CharacteristicEntry entry : characteristics) {
            if (entry.key().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The value of a characteristic as text, "" when absent. */
    public String value(String key) {
        return characteristic(key).map(CharacteristicEntry::text).orElse("");
    }

    public String mission() {
        return value("mission");
    }

    public String owner() {
        return value("owner");
    }

    public String alignment() {
        return value("alignment");
    }

    public List<String> tags() {
        return page.source().header().tags();
    }
}
