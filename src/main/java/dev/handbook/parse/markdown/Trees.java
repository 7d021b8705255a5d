package dev.handbook.parse.markdown;

import dev.handbook.diag.Position;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Moves of nodes the dialects need: replacing one by another, or by its own children. */
final class Trees {

    private Trees() {}

    /** Puts {@code replacement} where {@code node} is, with all of {@code node}'s children. */
    static <T extends Node> T replace(Node node, T replacement) {
        replacement.setSourceSpans(node.getSourceSpans());
        moveChildren(node, replacement);
        node.insertBefore(replacement);
        node.unlink();
        return replacement;
    }

    /** Leaves {@code node}'s children where it was, and drops it. */
    static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }

    /** Whether nothing of the node would show: blank text, line breaks, expressions. */
    static boolean isBlank(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            boolean blank = child instanceof Text text
                    ? text.getLiteral().isBlank()
                    : child instanceof SoftLineBreak
                            || child instanceof HardLineBreak
                            || child instanceof MdxExpression;
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** Where a node starts in the file, the body starting on {@code bodyFirstLine}. */
    static Position position(Node node, int bodyFirstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Position(bodyFirstLine, 1);
        }
        return new Position(
                bodyFirstLine + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
    }
}
