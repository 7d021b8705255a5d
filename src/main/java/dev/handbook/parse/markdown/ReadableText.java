package dev.handbook.parse.markdown;

import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentNodeRendererFactory;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * Links, images and tables in the plain text search keeps, as a reader sees them on the page:
 * a link's text without its target, an image's description, a table's cells as words (commonmark's
 * own text renderer writes {@code "text" (target)} and cells between pipes).
 */
public final class ReadableText implements NodeRenderer {

    private static final Set<Class<? extends Node>> NODE_TYPES = Set.of(
            Link.class,
            Image.class,
            TableBlock.class,
            TableHead.class,
            TableBody.class,
            TableRow.class,
            TableCell.class);

    private final TextContentNodeRendererContext context;
    private final TextContentWriter text;

    private ReadableText(TextContentNodeRendererContext context) {
        this.context = context;
        this.text = context.getWriter();
    }

    /** Register before the extensions: the first renderer for a node type wins. */
    public static TextContentNodeRendererFactory factory() {
        return ReadableText::new;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return NODE_TYPES;
    }

    @Override
    public void render(Node node) {
        if (node instanceof TableCell && node.getPrevious() != null) {
            text.whitespace();
        }
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        if (node instanceof TableRow || node instanceof TableBlock) {
            text.block();
        }
    }
}
