package dev.handbook.config;

import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads site.yml's {@code campaigns:} list against the schema. A campaign with any problem is
 * reported at its line and left out; the loader then refuses the configuration as a whole.
 */
final class CampaignsReader {

    private static final List<String> KEYS = List.of("id", "title", "why", "require", "starts", "deadline", "owner");
    private static final List<String> REQUIRE_KEYS = List.of("characteristic", "from", "rule");

    private final YamlFields reader;
    private final Schema schema;

    CampaignsReader(YamlFields reader, Schema schema) {
        this.reader = reader;
        this.schema = schema;
    }

    List<Campaign> read(YamlMap root) {
        Optional<YamlNode> node = root.get("campaigns");
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlList list)) {
            reader.error(
                    node.get().position(),
                    "`campaigns` must be a list of campaigns, each starting with `- id:`, not "
                            + node.get().shapeName());
            return List.of();
        }
        List<Campaign> campaigns = new ArrayList<>();
        Map<String, Position> ids = new HashMap<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlMap map) {
                campaign(map, ids).ifPresent(campaigns::add);
            } else {
                reader.error(
                        item.position(),
                        "each campaign must be a map of keys such as `id:` and `title:`, not " + item.shapeName());
            }
        }
        return List.copyOf(campaigns);
    }

    private Optional<Campaign> campaign(YamlMap map, Map<String, Position> ids) {
        reader.rejectUnknownKeys(map, KEYS, "a campaign");
        Optional<String> id = id(map, ids);
        Optional<String> title = required(map, "title", "a `title` saying what every product should have");
        Optional<CampaignRequirement> require = require(map);
        Optional<LocalDate> starts = requiredDate(map, "starts", "the day reminders begin");
        Optional<LocalDate> deadline = requiredDate(map, "deadline", "the day the requirement is enforced");
        String why = reader.text(map, "why").orElse("").strip();
        String owner = reader.text(map, "owner").orElse("").strip();
        if (starts.isPresent() && deadline.isPresent() && deadline.get().isBefore(starts.get())) {
            reader.error(
                    map.get("deadline").orElseThrow().position(),
                    "the deadline " + deadline.get() + " comes before the start " + starts.get()
                            + "; a campaign must start on or before its deadline");
            return Optional.empty();
        }
        if (id.isEmpty() || title.isEmpty() || require.isEmpty() || starts.isEmpty() || deadline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Campaign(
                id.get(), title.get(), why, require.get(), starts.get(), deadline.get(), owner, map.position()));
    }

    private Optional<String> id(YamlMap map, Map<String, Position> ids) {
        Optional<String> id = required(map, "id", "an `id` such as `runbooks`, which names its page");
        if (id.isEmpty()) {
            return id;
        }
        Position at = map.get("id").orElseThrow().position();
        if (!Campaign.ID.matcher(id.get()).matches()) {
            reader.error(
                    at,
                    "campaign id `" + id.get() + "` must be lower-case letters, digits and hyphens, like "
                            + "`runbooks`: it names the page campaigns/ID.html");
            return Optional.empty();
        }
        Position first = ids.putIfAbsent(id.get(), at);
        if (first != null) {
            reader.error(
                    at,
                    "campaign id `" + id.get() + "` is already used at line " + first.line()
                            + "; give each campaign its own id");
            return Optional.empty();
        }
        return id;
    }

    private Optional<CampaignRequirement> require(YamlMap map) {
        Optional<YamlNode> node = map.get("require");
        if (node.isEmpty()) {
            reader.error(
                    map.position(),
                    "the campaign needs `require:`, either `{characteristic: KEY, from: LEVEL}` or `{rule: RULE-ID}`");
            return Optional.empty();
        }
        return reader.asMap(node.get(), "require").flatMap(require -> {
            reader.rejectUnknownKeys(require, REQUIRE_KEYS, "`require`");
            boolean characteristic = require.get("characteristic").isPresent();
            boolean rule = require.get("rule").isPresent();
            if (characteristic == rule) {
                reader.error(
                        require.position(),
                        "`require` names either a `characteristic` (with `from`, a level) or a `rule`, "
                                + (rule ? "not both" : "but names neither"));
                return Optional.empty();
            }
            if (rule && require.get("from").isPresent()) {
                reader.error(
                        require.get("from").orElseThrow().position(),
                        "`from` belongs to a characteristic; a campaign on a rule concerns every product");
                return Optional.empty();
            }
            return rule ? rule(require) : characteristic(require);
        });
    }

    private Optional<CampaignRequirement> characteristic(YamlMap require) {
        Optional<String> key = reader.text(require, "characteristic").map(String::strip);
        Optional<String> from = require.get("from").isPresent()
                ? reader.text(require, "from").map(String::strip)
                : Optional.of(schema.levels().get(0));
        key.filter(k -> schema.characteristic(k).isEmpty())
                .ifPresent(k -> reader.error(
                        require.get("characteristic").orElseThrow().position(),
                        "`" + k + "` is not a characteristic of the schema"
                                + Suggestions.didYouMean(k, schema.characteristicKeys())
                                + "; declare it under `schema.characteristics` or name one of "
                                + String.join(", ", schema.characteristicKeys())));
        from.filter(level -> schema.levelIndex(level) < 0)
                .ifPresent(level -> reader.error(
                        require.get("from").orElseThrow().position(),
                        "`from: " + level + "` names no maturity level"
                                + Suggestions.didYouMean(level, schema.levels()) + "; use one of "
                                + String.join(", ", schema.levels())));
        if (key.isEmpty()
                || from.isEmpty()
                || schema.characteristic(key.get()).isEmpty()
                || schema.levelIndex(from.get()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new CampaignRequirement.OfCharacteristic(key.get(), from.get()));
    }

    private Optional<CampaignRequirement> rule(YamlMap require) {
        Optional<String> id = reader.text(require, "rule").map(String::strip);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rule> rule = Rule.byId(id.get()).filter(CampaignsReader::namable);
        if (rule.isEmpty()) {
            List<String> namable = java.util.Arrays.stream(Rule.values())
                    .filter(CampaignsReader::namable)
                    .map(Rule::id)
                    .toList();
            reader.error(
                    require.get("rule").orElseThrow().position(),
                    "`" + id.get() + "` is not a rule a campaign can name" + Suggestions.didYouMean(id.get(), namable)
                            + "; use one of " + String.join(", ", namable));
            return Optional.empty();
        }
        return Optional.of(new CampaignRequirement.OfRule(rule.get()));
    }

    /** A rule that reports on pages: not one that stops the run, and not the campaign rule itself. */
    private static boolean namable(Rule rule) {
        return rule.adjustable() != Rule.Adjustable.NEVER && rule != Rule.CAMPAIGN;
    }

    private Optional<String> required(YamlMap map, String key, String what) {
        if (map.get(key).isEmpty()) {
            reader.error(map.position(), "the campaign needs " + what);
            return Optional.empty();
        }
        Optional<String> value = reader.text(map, key).map(String::strip);
        if (value.isPresent() && value.get().isEmpty()) {
            reader.error(
                    map.get(key).orElseThrow().position(), "the campaign's `" + key + "` is empty; it needs " + what);
            return Optional.empty();
        }
        return value;
    }

    private Optional<LocalDate> requiredDate(YamlMap map, String key, String what) {
        if (map.get(key).isEmpty()) {
            reader.error(map.position(), "the campaign needs `" + key + ": YYYY-MM-DD`, " + what);
            return Optional.empty();
        }
        return reader.date(map, key);
    }
}
