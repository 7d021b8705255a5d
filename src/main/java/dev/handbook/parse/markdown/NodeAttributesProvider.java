package dev.handbook.parse.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Writes the attributes a node carries ({@link NodeAttributes}): its id, its classes after any it
 * has, and for images the size and loading hints. Other keys are read but not written. A link that
 * leaves the handbook (http, https, or a protocol-relative {@code //host}) gets {@code rel="nofollow"};
 * links inside it never do. Every {@code pre} is focusable ({@code tabindex="0"}), so a keyboard can
 * scroll a long line.
 */
final class NodeAttributesProvider implements AttributeProvider {

    private static final Set<String> IMAGE_KEYS = Set.of("width", "height", "loading", "title");

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link link && external(link.getDestination())) {
            attributes.put("rel", "nofollow");
        }
        if (tagName.equals("pre")) {
            // a code block that scrolls sideways must be reachable by keyboard to be scrolled
            attributes.put("tabindex", "0");
        }
        NodeAttributes own = NodeAttributes.of(node);
        if (own == null) {
            return;
        }
        if (own.id() != null) {
            attributes.put("id", own.id());
        }
        if (!own.classes().isEmpty()) {
            String classes = String.join(" ", own.classes());
            attributes.merge("class", classes, (before, added) -> before + " " + added);
        }
        if (node instanceof Image) {
            own.others().forEach((key, value) -> {
                if (IMAGE_KEYS.contains(key)) {
                    attributes.put(key, value);
                }
            });
        }
    }

    static boolean external(String destination) {
        return destination.regionMatches(true, 0, "http://", 0, 7)
                || destination.regionMatches(true, 0, "https://", 0, 8)
                || destination.startsWith("//");
    }
}
