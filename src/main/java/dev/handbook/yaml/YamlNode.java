package dev.handbook.yaml;

import dev.handbook.diag.Position;

/** A YAML value that remembers where it stands in the original file. */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {

    Position position();

    /** What a user would call this shape in a message: "text", "list" or "map". */
    String shapeName();
}
