package dev.handbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openqa.selenium.json.Json;

/** What the baked products.json says: the maturity levels in order and every product's claim. */
record BakedProducts(List<String> levels, List<Product> products) {

    record Product(String slug, String title, String maturity, String mission) {

        Product {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(maturity, "maturity");
            mission = mission == null ? "" : mission;
        }
    }

    BakedProducts {
        levels = List.copyOf(levels);
        products = List.copyOf(products);
    }

    @SuppressWarnings("unchecked")
    static BakedProducts read(Path site) {
        Map<String, Object> json;
        try {
            String text = Files.readString(site.resolve("products.json"), StandardCharsets.UTF_8);
            json = new Json().toType(text, Json.MAP_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Product> products = ((List<Map<String, Object>>) json.get("products"))
                .stream().map(BakedProducts::product).toList();
        return new BakedProducts((List<String>) json.get("levels"), products);
    }

    @SuppressWarnings("unchecked")
    private static Product product(Map<String, Object> json) {
        Map<String, Object> characteristics = (Map<String, Object>) json.getOrDefault("characteristics", Map.of());
        Map<String, Object> mission = (Map<String, Object>) characteristics.getOrDefault("mission", Map.of());
        return new Product(
                (String) json.get("slug"), (String) json.get("title"), (String) json.get("maturity"), (String)
                        mission.get("value"));
    }

    long countAt(String level) {
        return products.stream().filter(p -> p.maturity().equals(level)).count();
    }

    /** The maturities of all products, ordered by level (the order a level sort must give). */
    List<String> maturitiesByLevel() {
        return products.stream()
                .map(Product::maturity)
                .sorted((a, b) -> Integer.compare(levels.indexOf(a), levels.indexOf(b)))
                .toList();
    }

    /** The titles of the products whose mission holds the word (whole word, any case). */
    List<String> titlesWithMissionWord(String word) {
        Pattern whole =
                Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return products.stream()
                .filter(p -> whole.matcher(p.mission()).find())
                .map(Product::title)
                .toList();
    }
}
