package dev.handbook.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders headings with a trailing {@code #} link to their own anchor, so a reader can copy it. */
final class HeadingLinkRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    HeadingLinkRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
        Heading heading = (Heading) node;
        String tag = "h" + heading.getLevel();
        Map<String, String> attributes = context.extendAttributes(heading, tag, Map.of());
        html.line();
        html.tag(tag, attributes);
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        String id = attributes.get("id");
        if (id != null) {
            Map<String, String> link = new LinkedHashMap<>();
            link.put("class", "anchor");
            link.put("href", "#" + id);
            link.put("aria-label", "Link to this section");
            html.tag("a", link);
            html.text("#");
            html.tag("/a");
        }
        html.tag("/" + tag);
        html.line();
    }
}
