package dev.handbook.yaml;

import dev.handbook.diag.Position;
import java.util.Objects;

/** One key of a mapping, with the position of the key itself (where a finding about it belongs). */
public record YamlEntry(String key, Position keyPosition, YamlNode value) {

    public YamlEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyPosition, "keyPosition");
        Objects.requireNonNull(value, "value");
    }
}
