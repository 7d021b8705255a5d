package dev.handbook.parse.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * HTML for the dialects' nodes. A callout is an {@code <aside role="note">} (a {@code <details>}
 * when it folds) with its type as a class and an icon before its title; tabs are panels that all
 * show without script, each a {@code <details open>} whose summary is its label; a titled code
 * block is a {@code <figure>} with the title as its caption.
 */
final class DialectHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    DialectHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    private static final Set<Class<? extends Node>> NODE_TYPES =
            Set.of(Callout.class, CalloutTitle.class, TabSet.class, Tab.class, CodeFigure.class);

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return NODE_TYPES;
    }

    @Override
    public void render(Node node) {
        if (node instanceof Callout callout) {
            callout(callout);
        } else if (node instanceof TabSet set) {
            block(set, "div", Map.of("class", "tabs"));
        } else if (node instanceof Tab tab) {
            tab(tab);
        } else if (node instanceof CodeFigure figure) {
            figure(figure);
        }
        // a CalloutTitle is written by its callout
    }

    private void callout(Callout callout) {
        boolean folds = callout.fold() != Callout.Fold.NONE;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "callout callout-" + callout.type().cssName());
        if (folds) {
            if (callout.fold() == Callout.Fold.OPEN) {
                attributes.put("open", "");
            }
        } else {
            attributes.put("role", "note");
        }
        boolean titled = callout.titled() || folds;
        if (!titled) {
            attributes.put("class", attributes.get("class") + " callout-untitled");
            attributes.put("aria-label", callout.defaultTitle());
        }
        String tag = folds ? "details" : "aside";
        html.line();
        html.tag(tag, context.extendAttributes(callout, tag, attributes));
        html.line();
        if (titled) {
            title(callout, folds ? "summary" : "p");
        } else {
            html.raw(callout.type().iconSvg());
        }
        for (Node child = callout.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof CalloutTitle)) {
                context.render(child);
            }
        }
        html.line();
        html.tag("/" + tag);
        html.line();
    }

    private void title(Callout callout, String tag) {
        html.tag(tag, Map.of("class", "callout-title"));
        html.raw(callout.type().iconSvg());
        callout.title().ifPresentOrElse(this::renderChildren, () -> html.text(callout.defaultTitle()));
        html.tag("/" + tag);
        html.line();
    }

    private void tab(Tab tab) {
        html.line();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "tab");
        attributes.put("open", "");
        html.tag("details", context.extendAttributes(tab, "details", attributes));
        html.tag("summary", Map.of("class", "tab-label"));
        html.text(tab.label());
        html.tag("/summary");
        html.line();
        renderChildren(tab);
        html.line();
        html.tag("/details");
        html.line();
    }

    private void figure(CodeFigure figure) {
        html.line();
        html.tag("figure", context.extendAttributes(figure, "figure", Map.of("class", "code-block")));
        html.tag("figcaption");
        html.text(figure.caption());
        html.tag("/figcaption");
        renderChildren(figure);
        html.tag("/figure");
        html.line();
    }

    private void block(Node node, String tag, Map<String, String> attributes) {
        html.line();
        html.tag(tag, context.extendAttributes(node, tag, attributes));
        renderChildren(node);
        html.line();
        html.tag("/" + tag);
        html.line();
    }

    private void renderChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }
}
