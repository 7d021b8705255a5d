package dev.handbook.parse;

import dev.handbook.diag.Position;
import dev.handbook.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to HTML with commonmark-java: GFM tables, strikethrough, autolinks and heading anchors.
 * Built once and shared; {@link #render} is safe to call from several threads.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    private final TextContentRenderer textRenderer;

    /** @param rawHtml pass raw HTML in Markdown through (site.yml opt-in) instead of escaping it */
    public MarkdownRenderer(boolean rawHtml) {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), HeadingAnchorExtension.create());
        parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        htmlRenderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(!rawHtml).sanitizeUrls(true)
                .urlSanitizer(new SafeUrls()).nodeRendererFactory(HeadingLinkRenderer::new).build();
        textRenderer = TextContentRenderer.builder().extensions(extensions).build();
    }

    /**
     * @param bodyFirstLine the file line on which the body starts, so positions point into the file
     * @param rewriteLink   turns a destination as written into the href to publish
     */
    public RenderedBody render(String body, int bodyFirstLine, UnaryOperator<String> rewriteLink) {
        return render(body, bodyFirstLine, rewriteLink, true);
    }

    /** @param output false when only headings and links are wanted (a check renders no pages) */
    public RenderedBody render(String body, int bodyFirstLine, UnaryOperator<String> rewriteLink, boolean output) {
        Node document = parser.parse(body);
        if (depth(document) > MAX_DEPTH) {
            throw new TooDeep();
        }
        SurrogateReferences.replaceIn(document, body);
        BodyCollector collector = new BodyCollector(bodyFirstLine, rewriteLink);
        String leadingTitle = liftLeadingTitle(document, collector);
        document.accept(collector);
        return new RenderedBody(output ? htmlRenderer.render(document) : "", leadingTitle, collector.headings,
                collector.links, output ? searchText(document) : "");
    }

    /** The start of the text, as the text renderer writes it; it stops once search has all it keeps. */
    private String searchText(Node document) {
        KeptText kept = new KeptText();
        try {
            textRenderer.render(document, kept);
        } catch (KeptText.Enough enough) {
            // the rest would be cut off anyway
        }
        return kept.kept();
    }

    /**
     * Of a body's text, search keeps its first few hundred characters with whitespace collapsed
     * (SearchIndex.DEFAULT_TEXT_LIMIT, which a test holds below this); holding every body's whole
     * text until then was tens of megabytes in a big handbook. Blank is counted the way search
     * collapses it, so this many non-blank characters always collapse to more than search keeps.
     */
    public static final int TEXT_KEPT = 500;

    /** The text up to its {@link #TEXT_KEPT}th non-blank character. */
    static String start(String text) {
        KeptText kept = new KeptText();
        try {
            kept.append(text);
        } catch (KeptText.Enough enough) {
            // the rest is not kept
        }
        return kept.kept();
    }

    /** Collects text until it holds more than {@link #TEXT_KEPT} non-blank characters. */
    private static final class KeptText implements Appendable {
        private static final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }

        private static final Enough ENOUGH = new Enough();

        private final StringBuilder text = new StringBuilder();
        private int counted;
        private int nonBlank;
        private int keptEnd = -1;

        @Override
        public Appendable append(CharSequence sequence) {
            text.append(sequence);
            return count();
        }

        @Override
        public Appendable append(CharSequence sequence, int start, int end) {
            text.append(sequence, start, end);
            return count();
        }

        @Override
        public Appendable append(char c) {
            text.append(c);
            return count();
        }

        /** Counting waits until the text is long enough to hold that many, then goes on from where it was. */
        private Appendable count() {
            if (text.length() <= TEXT_KEPT) {
                return this;
            }
            for (; counted < text.length(); counted++) {
                if (Whitespace.isSpace(text.charAt(counted))) {
                    continue;
                }
                nonBlank++;
                if (nonBlank == TEXT_KEPT) {
                    // a surrogate pair there stays whole
                    keptEnd = Character.isHighSurrogate(text.charAt(counted)) ? counted + 2 : counted + 1;
                } else if (nonBlank > TEXT_KEPT) {
                    // one past the last kept character, so that its pair has arrived
                    throw ENOUGH;
                }
            }
            return this;
        }

        /** The text up to its {@link #TEXT_KEPT}th non-blank character, or all of it when it has fewer. */
        String kept() {
            return keptEnd < 0 ? text.toString() : text.substring(0, Math.min(keptEnd, text.length()));
        }
    }

    /**
     * An opening level-1 heading names the page; the template shows it, so the body drops it.
     * Its links are still collected (and checked), but it takes no anchor id.
     */
    private static String liftLeadingTitle(Node document, BodyCollector collector) {
        if (document.getFirstChild() instanceof org.commonmark.node.Heading heading && heading.getLevel() == 1) {
            String title = textOf(heading).trim();
            collector.visitChildrenOf(heading);
            heading.unlink();
            return title;
        }
        return null;
    }

    /** Deeper nesting than any page needs; past it, rendering (which recurses) could run out of stack. */
    public static final int MAX_DEPTH = 200;

    /** Markdown nested more than {@link #MAX_DEPTH} levels: the same verdict for check and build, on any thread. */
    public static final class TooDeep extends RuntimeException {
        TooDeep() {
            super("the Markdown nests more than " + MAX_DEPTH + " levels deep", null, false, false);
        }
    }

    /** The deepest nesting of the tree, walked without recursion. */
    static int depth(Node root) {
        int deepest = 0;
        int depth = 0;
        Node node = root;
        while (true) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                deepest = Math.max(deepest, ++depth);
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == root) {
                return deepest;
            }
            node = node.getNext();
        }
    }

    /** Text of a heading exactly as the heading-anchor extension reads it, so our ids match its ids. */
    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** Walks a document in rendering order: headings with their ids, links with their places. */
    private static final class BodyCollector extends AbstractVisitor {
        private final int bodyFirstLine;
        private final UnaryOperator<String> rewriteLink;
        private final IdGenerator ids = IdGenerator.builder().build();
        private final List<Heading> headings = new ArrayList<>();
        private final List<BodyLink> links = new ArrayList<>();

        BodyCollector(int bodyFirstLine, UnaryOperator<String> rewriteLink) {
            this.bodyFirstLine = bodyFirstLine;
            this.rewriteLink = rewriteLink;
        }

        void visitChildrenOf(Node node) {
            visitChildren(node);
        }

        @Override
        public void visit(org.commonmark.node.Heading heading) {
            String text = textOf(heading).trim();
            headings.add(new Heading(heading.getLevel(), text, ids.generateId(text.toLowerCase(java.util.Locale.ROOT)), position(heading)));
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            links.add(new BodyLink(link.getDestination(), position(link), false));
            link.setDestination(rewriteLink.apply(link.getDestination()));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            links.add(new BodyLink(image.getDestination(), position(image), true));
            visitChildren(image);
        }

        private Position position(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return new Position(bodyFirstLine, 1);
            }
            SourceSpan first = spans.get(0);
            return new Position(bodyFirstLine + first.getLineIndex(), first.getColumnIndex() + 1);
        }
    }
}
