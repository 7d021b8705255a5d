package dev.handbook.yaml;

import dev.handbook.diag.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping in source order. Keys are unique: the reader reports and drops repeats. A value, equal
 * to another map of the same entries at the same position.
 * <p>
 * A front matter usually has a dozen keys, looked up by a scan; a big map (a product holding
 * thousands of characteristics, the schema's list of them) is indexed at its first lookup, since
 * validation asks it once for every characteristic.
 */
public final class YamlMap implements YamlNode {

    /** Up to this many entries a scan is cheaper than building an index. */
    private static final int SCANNED = 32;

    private final List<YamlEntry> entries;
    private final Position position;
    // built at most once per thread that races for it; immutable, so safe to publish without a lock
    private Map<String, YamlEntry> index;

    public YamlMap(List<YamlEntry> entries, Position position) {
        this.entries = List.copyOf(entries);
        this.position = Objects.requireNonNull(position, "position");
    }

    public List<YamlEntry> entries() {
        return entries;
    }

    @Override
    public Position position() {
        return position;
    }

    public Optional<YamlEntry> entry(String key) {
        if (entries.size() > SCANNED) {
            return Optional.ofNullable(index().get(key));
        }
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

    private Map<String, YamlEntry> index() {
        Map<String, YamlEntry> built = index;
        if (built == null) {
            Map<String, YamlEntry> byKey = new HashMap<>();
            entries.forEach(entry -> byKey.putIfAbsent(entry.key(), entry));
            built = Map.copyOf(byKey);
            index = built;
        }
        return built;
    }

    @Override
    public String shapeName() {
        return "map";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlMap that && entries.equals(that.entries) && position.equals(that.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, position);
    }

    @Override
    public String toString() {
        return "YamlMap[entries=" + entries + ", position=" + position + "]";
    }
}
