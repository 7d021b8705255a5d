package dev.handbook.validate;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.parse.AddressBook;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a product page claims about itself, read once from its front matter by validation: the
 * words of its claim, its waivers, interfaces, brand and the value of every characteristic the
 * schema knows, each with its position. Later stages read only this, never the YAML again.
 *
 * @param maturity   the declared level as written (trimmed), or null when absent or not a word;
 *                   it may name no level of the schema, which validation reports
 * @param origin     the origin as written, or null
 * @param stage      the stage as written, or null
 * @param waivers    well-formed waivers by characteristic key (malformed ones are reported and dropped)
 * @param interfaces the interfaces: free text, or a product by slug
 * @param logo       the brand's logo as a content-relative path, or null
 * @param values     characteristic key to its value, for the schema's characteristics the page gives
 */
public record ProductClaim(
        String maturity,
        Position maturityAt,
        String origin,
        String stage,
        Map<String, Waiver> waivers,
        List<Interface> interfaces,
        String logo,
        Map<String, Value> values) {

    public ProductClaim {
        Objects.requireNonNull(maturityAt, "maturityAt");
        waivers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(waivers));
        interfaces = List.copyOf(interfaces);
        values = Map.copyOf(values);
    }

    /** Where a product meets something else: another product (by slug) or a free-text interface. */
    public record Interface(String text, String productSlug, String kind, String description, Position position) {

        public Interface {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(position, "position");
        }
    }

    /**
     * A characteristic's value as a page gives it.
     *
     * @param real  present and not empty, not a placeholder such as TODO
     * @param text  the value as one text (list items joined)
     * @param items the items when it is a list, else empty
     */
    public record Value(boolean real, String text, List<String> items, Position position) {

        public Value {
            Objects.requireNonNull(text, "text");
            items = List.copyOf(items);
            Objects.requireNonNull(position, "position");
        }
    }

    public Optional<Value> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The claim of a product page; its malformed waivers are reported to {@code out}. */
    static ProductClaim read(YamlMap fm, Schema schema, String path, Diagnostics out) {
        Map<String, Value> values = new HashMap<>();
        for (Characteristic c : schema.characteristics()) {
            fm.get(c.key()).ifPresent(node -> values.putIfAbsent(c.key(), value(node, schema)));
        }
        Position maturityAt = fm.entry("maturity").map(YamlEntry::keyPosition).orElse(Position.START);
        return new ProductClaim(
                word(fm, "maturity"),
                maturityAt,
                word(fm, "origin"),
                word(fm, "stage"),
                Waivers.read(fm, schema, path, out),
                interfaces(fm),
                logo(fm),
                values);
    }

    private static Value value(YamlNode node, Schema schema) {
        return new Value(Presence.isReal(node, schema), text(node), items(node), node.position());
    }

    private static List<Interface> interfaces(YamlMap fm) {
        List<Interface> refs = new ArrayList<>();
        if (fm.get("interfaces").orElse(null) instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    refs.add(new Interface(scalar.text(), null, null, null, item.position()));
                } else if (item instanceof YamlMap map && word(map, "product") != null) {
                    refs.add(new Interface(
                            word(map, "product"),
                            word(map, "product"),
                            word(map, "kind"),
                            word(map, "description"),
                            item.position()));
                }
            }
        }
        return refs;
    }

    private static String logo(YamlMap fm) {
        return fm.get("brand")
                .filter(b -> b instanceof YamlMap)
                .map(b -> word((YamlMap) b, "logo"))
                .flatMap(path -> AddressBook.resolve("", path))
                .orElse(null);
    }

    private static String text(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return scalar.text().trim();
        }
        if (node instanceof YamlMap map) {
            String name = word(map, "name");
            return name != null ? name : String.join(", ", items(node));
        }
        return String.join("; ", items(node));
    }

    private static List<String> items(YamlNode node) {
        List<String> items = new ArrayList<>();
        if (node instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    items.add(scalar.text().trim());
                } else if (item instanceof YamlMap map && word(map, "product") != null) {
                    items.add(word(map, "product"));
                }
            }
        }
        return items;
    }

    /** A scalar's trimmed text, or null when absent or not a scalar. */
    private static String word(YamlMap map, String key) {
        return map.get(key)
                .filter(n -> n instanceof YamlScalar s && !s.isNull())
                .map(n -> ((YamlScalar) n).text().trim())
                .orElse(null);
    }
}
