package dev.handbook.yaml;

import dev.handbook.diag.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A mapping in source order. Keys are unique: the reader reports and drops repeats. */
public record YamlMap(List<YamlEntry> entries, Position position) implements YamlNode {

    public YamlMap {
        entries = List.copyOf(entries);
        Objects.requireNonNull(position, "position");
    }

    public Optional<YamlEntry> entry(String key) {
        for (YamlEntry entry : entries) {
            if (entry.key().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(YamlEntry::value);
    }

    @Override
    public String shapeName() {
        return "map";
    }
}
