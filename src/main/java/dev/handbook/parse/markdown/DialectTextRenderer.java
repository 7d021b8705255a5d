package dev.handbook.parse.markdown;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentWriter;

/** The plain text of the dialects' nodes, for search: a callout's title and body, a tab's label and panel. */
final class DialectTextRenderer implements NodeRenderer {

    private final TextContentNodeRendererContext context;
    private final TextContentWriter text;

    DialectTextRenderer(TextContentNodeRendererContext context) {
        this.context = context;
        this.text = context.getWriter();
    }

    private static final Set<Class<? extends Node>> NODE_TYPES =
            Set.of(Callout.class, CalloutTitle.class, TabSet.class, Tab.class, CodeFigure.class);

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return NODE_TYPES;
    }

    @Override
    public void render(Node node) {
        if (node instanceof Callout callout && callout.title().isEmpty() && callout.titled()) {
            text.write(callout.defaultTitle());
            text.block();
        } else if (node instanceof Tab tab) {
            text.write(tab.label());
            text.block();
        } else if (node instanceof CodeFigure figure) {
            text.write(figure.caption());
            text.block();
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        if (node instanceof CalloutTitle) {
            text.block();
        }
    }
}
