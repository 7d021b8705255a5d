package dev.handbook.parse.markdown;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Gives an attribute list to what it follows, as attr_list does: the heading it ends (after a
 * space), the inline element it touches ({@code **timezone**{ #setting-timezone }}), or the
 * paragraph whose last line it is. One that follows nothing of these is text again.
 */
final class AttributeAttachment {

    private AttributeAttachment() {}

    static void attach(NodeAttributes attributes) {
        Node parent = attributes.getParent();
        Node before = attributes.getPrevious();
        if (parent instanceof Heading heading && isLast(attributes) && (before == null || endsWithSpace(before))) {
            trimEnd(before);
            attributes.unlink();
            heading.appendChild(attributes);
        } else if (before != null
                && !(before instanceof Text)
                && !(before instanceof SoftLineBreak)
                && !(before instanceof HardLineBreak)
                && !(before instanceof NodeAttributes)) {
            attributes.unlink();
            before.appendChild(attributes);
        } else if (parent instanceof Paragraph paragraph && isLast(attributes) && before instanceof SoftLineBreak) {
            before.unlink();
            attributes.unlink();
            paragraph.appendChild(attributes);
        } else {
            Text text = new Text(attributes.literal());
            text.setSourceSpans(attributes.getSourceSpans());
            attributes.insertBefore(text);
            attributes.unlink();
        }
    }

    private static boolean isLast(Node node) {
        for (Node after = node.getNext(); after != null; after = after.getNext()) {
            if (!(after instanceof Text text) || !text.getLiteral().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithSpace(Node node) {
        return node instanceof Text text
                && !text.getLiteral().isEmpty()
                && Character.isWhitespace(
                        text.getLiteral().charAt(text.getLiteral().length() - 1));
    }

    private static void trimEnd(Node node) {
        if (node instanceof Text text) {
            text.setLiteral(text.getLiteral().stripTrailing());
        }
    }
}
