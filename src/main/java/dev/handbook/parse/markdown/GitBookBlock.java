package dev.handbook.parse.markdown;

import java.util.Map;
import java.util.Objects;
import org.commonmark.node.CustomBlock;

/** A GitBook block tag ({@code {% hint style="info" %}} ... {@code {% endhint %}}), its children Markdown. */
public final class GitBookBlock extends CustomBlock {

    private final String name;
    private final Map<String, String> attributes;

    GitBookBlock(String name, Map<String, String> attributes) {
        this.name = Objects.requireNonNull(name, "name");
        this.attributes = Map.copyOf(attributes);
    }

    public String name() {
        return name;
    }

    public Map<String, String> attributes() {
        return attributes;
    }
}
