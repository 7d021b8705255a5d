package dev.handbook.model;

import dev.handbook.parse.ParsedPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A product page understood: its claim, what it earns, and every characteristic's state.
 *
 * @param earnedLevel the highest level whose requirements are all met, or null
 * @param nextLevel   the level after the declared one, or null at the top
 * @param missingForNext what the next level requires that the product lacks
 * @param logo        the brand's logo as a content-relative path, or null
 * @param byKey       the characteristics by key: pages and the matrix ask for each of a schema's
 *                    characteristics by key, and a schema may declare thousands
 */
public record Product(
        ParsedPage page,
        String slug,
        String maturity,
        String origin,
        String stage,
        List<CharacteristicEntry> characteristics,
        List<InterfaceRef> interfaces,
        String earnedLevel,
        String nextLevel,
        List<String> missingForNext,
        String logo,
        Map<String, CharacteristicEntry> byKey) {

    public Product {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(slug, "slug");
        characteristics = List.copyOf(characteristics);
        interfaces = List.copyOf(interfaces);
        missingForNext = List.copyOf(missingForNext);
        byKey = Map.copyOf(byKey);
    }

    public Product(
            ParsedPage page,
            String slug,
            String maturity,
            String origin,
            String stage,
            List<CharacteristicEntry> characteristics,
            List<InterfaceRef> interfaces,
            String earnedLevel,
            String nextLevel,
            List<String> missingForNext,
            String logo) {
        this(
                page,
                slug,
                maturity,
                origin,
                stage,
                characteristics,
                interfaces,
                earnedLevel,
                nextLevel,
                missingForNext,
                logo,
                index(characteristics));
    }

    private static Map<String, CharacteristicEntry> index(List<CharacteristicEntry> characteristics) {
        Map<String, CharacteristicEntry> byKey = new HashMap<>();
        characteristics.forEach(entry -> byKey.putIfAbsent(entry.key(), entry));
        return byKey;
    }

    public String title() {
        return page.title();
    }

    public Optional<CharacteristicEntry> characteristic(String key) {
        return Optional.ofNullable(byKey.get(key));
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
