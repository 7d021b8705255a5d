package dev.handbook.parse.markdown;

import java.util.Map;
import java.util.Objects;
import org.commonmark.node.CustomBlock;

/**
 * A JSX component written as a block ({@code <Tabs>} on its own line up to {@code </Tabs>}), its
 * children Markdown. The known ones become tabs or callouts; the rest leave only their children.
 */
public final class JsxElement extends CustomBlock {

    private final String name;
    private final JsxTag.Kind kind;
    private Map<String, String> attributes;
    private boolean closed;

    /** @param kind {@code CLOSE} for a closing tag on a line of its own that closes nothing open */
    JsxElement(String name, Map<String, String> attributes, JsxTag.Kind kind) {
        this.name = Objects.requireNonNull(name, "name");
        this.attributes = Map.copyOf(attributes);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.closed = kind != JsxTag.Kind.OPEN;
    }

    public String name() {
        return name;
    }

    public JsxTag.Kind kind() {
        return kind;
    }

    /** Attribute values: text as written inside its quotes, or an expression with its braces. */
    public Map<String, String> attributes() {
        return attributes;
    }

    void setAttributes(Map<String, String> attributes) {
        this.attributes = Map.copyOf(attributes);
    }

    /** Whether its closing tag (or {@code />}) was found. */
    public boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }
}
