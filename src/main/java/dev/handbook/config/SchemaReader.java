package dev.handbook.config;

import dev.handbook.diag.Position;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code schema:} section on top of a base schema. Levels, origins and placeholders given
 * replace the base's; characteristics merge by key, field by field, so a team adds or adjusts one
 * without repeating the rest.
 */
final class SchemaReader {

    private static final List<String> KEYS =
            List.of("levels", "characteristics", "origins", "placeholders", "mission_word_limit", "review_every");
    private static final List<String> CHARACTERISTIC_KEYS =
            List.of("label", "explanation", "shape", "values", "required_from", "enforced_from");

    private final YamlFields reader;

    SchemaReader(YamlFields reader) {
        this.reader = reader;
    }

    Schema read(YamlMap node, Schema base) {
        reader.rejectUnknownKeys(node, KEYS, "schema");
        List<String> levels = reader.texts(node, "levels").orElse(base == null ? List.of() : base.levels());
        Map<String, Characteristic> characteristics = new LinkedHashMap<>();
        if (base != null) {
            base.characteristics().forEach(c -> characteristics.put(c.key(), c));
        }
        reader.map(node, "characteristics").ifPresent(map -> {
            for (YamlEntry entry : map.entries()) {
                reader.asMap(entry.value(), entry.key())
                        .ifPresent(fields -> characteristics.put(
                                entry.key(),
                                characteristic(entry.key(), fields, characteristics.get(entry.key()), levels)));
            }
        });
        List<Origin> origins = reader.map(node, "origins")
                .map(map -> origins(map, levels))
                .orElse(base == null ? List.of() : base.origins());
        List<String> placeholders =
                reader.texts(node, "placeholders").orElse(base == null ? List.of() : List.copyOf(base.placeholders()));
        int wordLimit =
                reader.positiveInt(node, "mission_word_limit").orElse(base == null ? 40 : base.missionWordLimit());
        dropUnknownLevels(characteristics, levels, node.position());
        if (node.get("origins").isEmpty()) {
            checkInheritedOrigins(origins, levels, node);
        }
        Map<String, Integer> reviewEvery = reader.map(node, "review_every")
                .map(map -> reviewEvery(map, levels))
                .orElse(base == null ? Map.of() : base.reviewWindows());
        return new Schema(
                levels,
                List.copyOf(characteristics.values()),
                origins,
                java.util.Set.copyOf(placeholders),
                wordLimit,
                reviewEvery);
    }

    /** {@code review_every: {loop: 180, steady: 365}}: per level, the most days between reviews. */
    private Map<String, Integer> reviewEvery(YamlMap map, List<String> levels) {
        Map<String, Integer> windows = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            if (!levels.contains(entry.key())) {
                reader.error(
                        entry.keyPosition(),
                        "`review_every` names `" + entry.key() + "`, which is no maturity level; use one of "
                                + String.join(", ", levels));
            } else {
                reader.positiveInt(map, entry.key()).ifPresent(days -> windows.put(entry.key(), days));
            }
        }
        return windows;
    }

    private Characteristic characteristic(String key, YamlMap fields, Characteristic base, List<String> levels) {
        reader.rejectUnknownKeys(fields, CHARACTERISTIC_KEYS, "characteristic `" + key + "`");
        String label = reader.text(fields, "label")
                .orElse(base != null ? base.label() : dev.handbook.text.Labels.humanize(key));
        String explanation = reader.text(fields, "explanation").orElse(base != null ? base.explanation() : "");
        Shape shape = reader.text(fields, "shape")
                .flatMap(name -> {
                    var found = Shape.fromYamlName(name);
                    if (found.isEmpty()) {
                        reader.error(
                                fields.get("shape").orElseThrow().position(),
                                "unknown shape `" + name + "`; use one of " + String.join(", ", Shape.yamlNames()));
                    }
                    return found;
                })
                .orElse(base != null ? base.shape() : Shape.TEXT);
        List<String> values = reader.texts(fields, "values").orElse(base != null ? base.values() : List.of());
        String requiredFrom = requiredFrom(fields, base, levels);
        var enforcedFrom = reader.date(fields, "enforced_from").orElse(base != null ? base.enforcedFrom() : null);
        if (shape == Shape.CHOICE && values.isEmpty()) {
            reader.error(fields.position(), "characteristic `" + key + "` has shape choice but no `values`");
            shape = Shape.TEXT;
        }
        return new Characteristic(key, label, explanation, shape, values, requiredFrom, enforcedFrom);
    }

    private String requiredFrom(YamlMap fields, Characteristic base, List<String> levels) {
        if (fields.get("required_from").isEmpty()) {
            return base != null ? base.requiredFrom() : null;
        }
        String level = reader.text(fields, "required_from").orElse(null);
        if (level != null && !levels.contains(level)) {
            reader.error(
                    fields.get("required_from").orElseThrow().position(),
                    "`required_from: " + level + "` names no maturity level; use one of " + String.join(", ", levels));
            return null;
        }
        return level;
    }

    private List<Origin> origins(YamlMap map, List<String> levels) {
        List<Origin> origins = new ArrayList<>();
        for (YamlEntry origin : map.entries()) {
            reader.asMap(origin.value(), origin.key()).ifPresent(stages -> {
                List<Stage> list = new ArrayList<>();
                for (YamlEntry stage : stages.entries()) {
                    List<String> stageLevels =
                            reader.asTexts(stage.value(), stage.key()).orElse(List.of());
                    stageLevels.stream()
                            .filter(l -> !levels.contains(l))
                            .forEach(l -> reader.error(
                                    stage.value().position(),
                                    "stage `" + stage.key() + "` names unknown level `" + l + "`; use one of "
                                            + String.join(", ", levels)));
                    list.add(new Stage(stage.key(), stageLevels));
                }
                origins.add(new Origin(origin.key(), list));
            });
        }
        return origins;
    }

    /** Levels replaced without updating inherited characteristics: say so instead of failing later. */
    private void dropUnknownLevels(Map<String, Characteristic> characteristics, List<String> levels, Position at) {
        characteristics.replaceAll((key, c) -> {
            if (c.requiredFrom() == null || levels.contains(c.requiredFrom())) {
                return c;
            }
            reader.error(
                    at,
                    "characteristic `" + key + "` is required from `" + c.requiredFrom()
                            + "`, which `levels` no longer lists; set its `required_from`");
            return new Characteristic(
                    c.key(), c.label(), c.explanation(), c.shape(), c.values(), null, c.enforcedFrom());
        });
    }

    /** Levels replaced while the default origins stay: their stages may name levels that are gone. */
    private void checkInheritedOrigins(List<Origin> origins, List<String> levels, YamlMap node) {
        for (Origin origin : origins) {
            for (Stage stage : origin.stages()) {
                stage.levels().stream()
                        .filter(level -> !levels.contains(level))
                        .findFirst()
                        .ifPresent(
                                level -> reader.error(
                                        node.get("levels")
                                                .map(n -> n.position())
                                                .orElse(node.position()),
                                        "stage `"
                                                + stage.name() + "` of " + origin.name() + " fits level `" + level
                                                + "`, which `levels` no longer lists; declare `origins` to match the new levels"));
            }
        }
    }
}
