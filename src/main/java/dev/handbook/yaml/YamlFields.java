package dev.handbook.yaml;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Typed reads from a mapping; every wrong shape becomes a diagnostic, under one rule id, at its line. */
public final class YamlFields {

    private final String path;
    private final Rule rule;
    private final Diagnostics diagnostics;

    public YamlFields(String path, Rule rule, Diagnostics diagnostics) {
        this.path = path;
        this.rule = rule;
        this.diagnostics = diagnostics;
    }

    public void error(Position position, String message) {
        diagnostics.error(path, position, rule, message);
    }

    public void rejectUnknownKeys(YamlMap map, Collection<String> known, String where) {
        for (YamlEntry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                diagnostics.error(
                        path,
                        entry.keyPosition(),
                        Rule.UNKNOWN_KEY,
                        "`" + entry.key() + "` is not a key of " + where + Suggestions.didYouMean(entry.key(), known)
                                + "; known keys: " + String.join(", ", known));
            }
        }
    }

    public Optional<String> text(YamlMap map, String key) {
        return map.get(key).flatMap(node -> asText(node, key));
    }

    public Optional<String> asText(YamlNode node, String what) {
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.text());
        }
        error(node.position(), "`" + what + "` must be text, not " + node.shapeName());
        return Optional.empty();
    }

    public Optional<Boolean> bool(YamlMap map, String key) {
        return map.get(key).flatMap(node -> {
            if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOL) {
                // YAML 1.1 also spells booleans yes/no/on/off
                String word = scalar.text().toLowerCase(java.util.Locale.ROOT);
                return Optional.of(word.equals("true") || word.equals("yes") || word.equals("on") || word.equals("y"));
            }
            error(node.position(), "`" + key + "` must be true or false");
            return Optional.empty();
        });
    }

    public Optional<Integer> positiveInt(YamlMap map, String key) {
        return map.get(key).flatMap(node -> {
            if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.INT) {
                try {
                    int value = Integer.parseInt(scalar.text());
                    if (value > 0) {
                        return Optional.of(value);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            error(node.position(), "`" + key + "` must be a whole number above 0");
            return Optional.empty();
        });
    }

    public Optional<LocalDate> date(YamlMap map, String key) {
        return text(map, key).flatMap(text -> {
            Optional<LocalDate> date = YamlDates.parse(text);
            if (date.isEmpty()) {
                error(map.get(key).orElseThrow().position(), "`" + key + "` must be a date like 2027-03-31");
            }
            return date;
        });
    }

    public Optional<YamlMap> map(YamlMap map, String key) {
        return map.get(key).flatMap(node -> asMap(node, key));
    }

    public Optional<YamlMap> asMap(YamlNode node, String what) {
        if (node instanceof YamlMap mapping) {
            return Optional.of(mapping);
        }
        error(node.position(), "`" + what + "` must be a map of keys to values, not " + node.shapeName());
        return Optional.empty();
    }

    public Optional<List<String>> texts(YamlMap map, String key) {
        return map.get(key).flatMap(node -> asTexts(node, key));
    }

    public Optional<List<String>> asTexts(YamlNode node, String what) {
        if (!(node instanceof YamlList list)) {
            error(node.position(), "`" + what + "` must be a list, not " + node.shapeName());
            return Optional.empty();
        }
        List<String> result = new ArrayList<>();
        for (YamlNode item : list.items()) {
            asText(item, what + " item").ifPresent(result::add);
        }
        return Optional.of(result);
    }
}
