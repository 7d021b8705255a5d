package dev.handbook.yaml;

import dev.handbook.diag.Position;
import java.util.List;
import java.util.Objects;

public record YamlList(List<YamlNode> items, Position position) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String shapeName() {
        return "list";
    }
}
