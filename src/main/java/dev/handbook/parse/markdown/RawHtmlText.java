package dev.handbook.parse.markdown;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentNodeRendererFactory;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * The plain text of raw HTML that is published as HTML, for search: its text without its tags
 * (and without what scripts, styles and comments hold), as a reader of the page sees it.
 */
public final class RawHtmlText implements NodeRenderer {

    private static final Set<Class<? extends Node>> NODE_TYPES = Set.of(HtmlBlock.class, HtmlInline.class);
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|template)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final TextContentWriter text;

    private RawHtmlText(TextContentNodeRendererContext context) {
        this.text = context.getWriter();
    }

    /** For a text renderer that writes raw HTML this way. */
    public static TextContentNodeRendererFactory factory() {
        return RawHtmlText::new;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return NODE_TYPES;
    }

    @Override
    public void render(Node node) {
        String html = node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
        String shown = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll("");
        if (node instanceof HtmlBlock) {
            text.write(shown.strip());
            text.block();
        } else {
            text.write(shown);
        }
    }
}
