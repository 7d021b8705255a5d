package dev.handbook.validate;

import dev.handbook.config.Schema;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import dev.handbook.yaml.YamlDates;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code waivers: {community: {reason: ..., until: 2027-03-31}}}; malformed waivers are reported and dropped. */
final class Waivers {

    private static final List<String> KEYS = List.of("reason", "until");

    private Waivers() {}

    static Map<String, Waiver> read(YamlMap frontMatter, Schema schema, String path, Diagnostics out) {
        Map<String, Waiver> waivers = new LinkedHashMap<>();
        Optional<YamlNode> node = frontMatter.get("waivers");
        if (node.isEmpty()) {
            return waivers;
        }
        YamlFields fields = new YamlFields(path, Rule.INVALID_VALUE, out);
        if (!(node.get() instanceof YamlMap map)) {
            fields.error(
                    node.get().position(),
                    "`waivers` must map a characteristic to its reason and date, like "
                            + "`waivers: {community: {reason: \"...\", until: 2027-03-31}}`");
            return waivers;
        }
        for (YamlEntry entry : map.entries()) {
            if (schema.characteristic(entry.key()).isEmpty()) {
                out.error(
                        path,
                        entry.keyPosition(),
                        Rule.UNKNOWN_KEY,
                        "`" + entry.key()
                                + "` is not a characteristic, so it cannot be waived"
                                + Suggestions.didYouMean(entry.key(), schema.characteristicKeys()));
                continue;
            }
            fields.asMap(entry.value(), "waivers." + entry.key())
                    .flatMap(waiver -> waiver(entry, waiver, schema, fields))
                    .ifPresent(waiver -> waivers.put(entry.key(), waiver));
        }
        return waivers;
    }

    private static Optional<Waiver> waiver(YamlEntry entry, YamlMap map, Schema schema, YamlFields fields) {
        fields.rejectUnknownKeys(map, KEYS, "a waiver");
        Optional<String> reason = fields.text(map, "reason").filter(text -> !schema.isPlaceholder(text));
        if (reason.isEmpty()) {
            fields.error(
                    map.get("reason").map(YamlNode::position).orElse(entry.keyPosition()),
                    "the waiver for `" + entry.key() + "` needs a `reason` saying why it can wait");
        }
        Optional<YamlNode> untilNode = map.get("until");
        Optional<LocalDate> until =
                untilNode.flatMap(node -> fields.asText(node, "until")).flatMap(YamlDates::parse);
        if (until.isEmpty()) {
            fields.error(
                    untilNode.map(YamlNode::position).orElse(entry.keyPosition()),
                    "the waiver for `" + entry.key() + "` needs `until: YYYY-MM-DD`, the date it ends");
        }
        if (reason.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Waiver(
                entry.key(), reason.get(), until.get(), untilNode.get().position()));
    }
}
