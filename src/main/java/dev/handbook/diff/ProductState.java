package dev.handbook.diff;

import dev.handbook.config.Schema;
import dev.handbook.diag.Position;
import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Product;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlScalar;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One product as a comparison sees it.
 *
 * @param path            the page, content-relative
 * @param sourcePath      the page, relative to the handbook folder, as diagnostics name it
 * @param claimAt         where the page declares its maturity (the file's start when it does not)
 * @param declared        the level the page declares, or null
 * @param earned          the highest level it earns, or null
 * @param earnedRank      the earned level's place on its schema's ladder, -1 for none
 * @param characteristics each characteristic the page fills in, by key: {@code true} when its
 *                        value is real, {@code false} when it is a placeholder such as TODO
 * @param product         whether the page is read as a product at all: false for a product page
 *                        whose front matter cannot be read, or that no longer says it is a product
 */
public record ProductState(
        String path,
        String sourcePath,
        Position claimAt,
        String slug,
        String title,
        String declared,
        String earned,
        int earnedRank,
        Map<String, Boolean> characteristics,
        boolean product) {

    public ProductState {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(claimAt, "claimAt");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        characteristics = Map.copyOf(characteristics);
    }

    static ProductState of(Product product, Schema schema) {
        Map<String, Boolean> filled = new TreeMap<>();
        for (CharacteristicEntry entry : product.characteristics()) {
            if (!entry.text().isBlank() && !schema.isPlaceholder(entry.text())) {
                filled.put(entry.key(), true);
            } else if (placeholder(product, entry.key(), schema)) {
                filled.put(entry.key(), false);
            }
        }
        String earned = product.earnedLevel();
        String declared =
                product.maturity() != null && schema.levelIndex(product.maturity()) >= 0 ? product.maturity() : null;
        return new ProductState(
                product.page().path(),
                product.page().source().sourcePath(),
                product.page()
                        .source()
                        .frontMatter()
                        .entry("maturity")
                        .map(YamlEntry::keyPosition)
                        .orElse(Position.START),
                product.slug(),
                product.title(),
                declared,
                earned,
                earned == null ? -1 : schema.levelIndex(earned),
                filled,
                true);
    }

    /** The page of a product on the other side, which this side does not read as a product: no level, nothing earned. */
    static ProductState notAProduct(ProductState other, String path, String sourcePath) {
        return new ProductState(
                path, sourcePath, Position.START, other.slug(), other.title(), null, null, -1, Map.of(), false);
    }

    /** A value such as TODO in the front matter, which the model counts as missing. */
    private static boolean placeholder(Product product, String key, Schema schema) {
        return product.page()
                .source()
                .frontMatter()
                .get(key)
                .filter(node ->
                        node instanceof YamlScalar scalar && !scalar.isNull() && schema.isPlaceholder(scalar.text()))
                .isPresent();
    }

    /** Whether the page has a real value for this characteristic. */
    boolean has(String key) {
        return Boolean.TRUE.equals(characteristics.get(key));
    }

    boolean isPlaceholder(String key) {
        return Boolean.FALSE.equals(characteristics.get(key));
    }
}
