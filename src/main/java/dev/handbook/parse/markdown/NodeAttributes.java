package dev.handbook.parse.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonmark.node.CustomNode;

/**
 * An attribute list ({@code {#id}}, MkDocs {@code { #id .class width=300 }}). Written after an
 * element, it becomes that element's last child and lends it these attributes when rendered.
 *
 * @param literal the list as written, for when it turns out to belong to nothing
 */
public final class NodeAttributes extends CustomNode {

    private final String literal;
    private String id;
    private final List<String> classes;
    private final Map<String, String> others;

    NodeAttributes(String literal, String id, List<String> classes, Map<String, String> others) {
        this.literal = Objects.requireNonNull(literal, "literal");
        this.id = id;
        this.classes = List.copyOf(classes);
        this.others = new LinkedHashMap<>(others);
    }

    /** Attributes holding only an id, as a heading's generated anchor. */
    public static NodeAttributes ofId(String id) {
        return new NodeAttributes("", id, List.of(), Map.of());
    }

    public String literal() {
        return literal;
    }

    /** The id, or null. */
    public String id() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<String> classes() {
        return classes;
    }

    /** Other {@code key=value} pairs, in the order written. */
    public Map<String, String> others() {
        return others;
    }

    /** The attributes a node carries, or null. */
    public static NodeAttributes of(org.commonmark.node.Node node) {
        return node.getLastChild() instanceof NodeAttributes attributes ? attributes : null;
    }
}
