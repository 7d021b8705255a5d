package dev.handbook.parse.markdown;

import java.util.Map;
import java.util.Objects;
import org.commonmark.node.CustomNode;

/** A JSX component tag inside a paragraph ({@code <Highlight color="red">}); the tag itself is never shown. */
public final class JsxTag extends CustomNode {

    /** Which kind of tag. */
    public enum Kind {
        OPEN,
        CLOSE,
        SELF_CLOSING
    }

    private final JsxTagReader.Tag tag;

    JsxTag(JsxTagReader.Tag tag) {
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    public String name() {
        return tag.name();
    }

    public Kind kind() {
        return tag.kind();
    }

    public Map<String, String> attributes() {
        return tag.attributes();
    }
}
