package dev.handbook.parse;

import dev.handbook.config.RawHtml;
import dev.handbook.diag.Position;
import dev.handbook.parse.markdown.DialectExtension;
import dev.handbook.parse.markdown.DialectTransform;
import dev.handbook.parse.markdown.NodeAttributes;
import dev.handbook.parse.markdown.RawHtmlAnchors;
import dev.handbook.parse.markdown.RawHtmlPolicy;
import dev.handbook.parse.markdown.RawHtmlText;
import dev.handbook.parse.markdown.ReadableText;
import dev.handbook.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to HTML with commonmark-java: GFM tables, strikethrough, autolinks, heading anchors,
 * and the syntax of the other docs generators ({@link DialectExtension}). Built once and shared;
 * {@link #render} is safe to call from several threads.
 */
public final class MarkdownRenderer {

    private final RawHtml rawHtml;
    private final Parser markdownParser;
    private final Parser mdxParser;
    private final HtmlRenderer htmlRenderer;
    private final TextContentRenderer textRenderer;

    /** @param rawHtml what becomes of raw HTML in Markdown (site.yml {@code markdown.raw_html}) */
    public MarkdownRenderer(RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        List<Extension> common =
                List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
        markdownParser = parser(common, DialectExtension.create(false)).build();
        // MDX has no indented code: indenting is for JSX children
        mdxParser = parser(common, DialectExtension.create(true))
                .enabledBlockTypes(blocksWithoutIndentedCode())
                .build();
        List<Extension> rendering = new ArrayList<>(common);
        rendering.add(DialectExtension.create(false));
        htmlRenderer = HtmlRenderer.builder()
                .extensions(rendering)
                .escapeHtml(rawHtml == RawHtml.ESCAPE)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .nodeRendererFactory(HeadingLinkRenderer::new)
                .build();
        // links without their targets, tables without their pipes: registered first, so they win
        TextContentRenderer.Builder text = TextContentRenderer.builder()
                .nodeRendererFactory(ReadableText.factory())
                .extensions(rendering);
        if (rawHtml != RawHtml.ESCAPE) {
            text.nodeRendererFactory(RawHtmlText.factory()); // search shows what the page shows, not the tags
        }
        textRenderer = text.build();
    }

    private static Parser.Builder parser(List<Extension> common, DialectExtension dialects) {
        List<Extension> extensions = new ArrayList<>(common);
        extensions.add(dialects);
        return Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    /** commonmark's block types in its own order of trying them, but indented code. */
    private static Set<Class<? extends Block>> blocksWithoutIndentedCode() {
        return new LinkedHashSet<>(List.of(
                BlockQuote.class,
                org.commonmark.node.Heading.class,
                FencedCodeBlock.class,
                HtmlBlock.class,
                ThematicBreak.class,
                ListBlock.class));
    }

    /**
     * @param bodyFirstLine the file line on which the body starts, so positions point into the file
     * @param rewriteLink   turns a destination as written into the href to publish
     */
    public RenderedBody render(String body, int bodyFirstLine, UnaryOperator<String> rewriteLink) {
        return render(body, bodyFirstLine, rewriteLink, true, false);
    }

    /**
     * @param output false when only headings and links are wanted (a check renders no pages)
     * @param mdx    the page is an MDX file
     */
    public RenderedBody render(
            String body, int bodyFirstLine, UnaryOperator<String> rewriteLink, boolean output, boolean mdx) {
        Node document = (mdx ? mdxParser : markdownParser).parse(body);
        if (depth(document) > MAX_DEPTH) {
            throw new TooDeep();
        }
        SurrogateReferences.replaceIn(document, body);
        DialectTransform.Result transformed = DialectTransform.apply(document, body, bodyFirstLine);
        BodyCollector collector = new BodyCollector(
                bodyFirstLine,
                rewriteLink,
                rawHtml == RawHtml.ESCAPE ? null : new RawHtmlAnchors(rawHtml == RawHtml.SANITIZE));
        LeadingTitle leading = liftLeadingTitle(document, collector);
        document.accept(collector);
        if (leading.inBody) {
            leading = new LeadingTitle(leading.text, collector.headings.get(0).id(), true);
        }
        String html = "";
        if (output) {
            html = htmlRenderer.render(document);
            if (rawHtml == RawHtml.SANITIZE && collector.rawHtml) {
                html = RawHtmlPolicy.sanitize(html);
            }
        }
        return new RenderedBody(
                html,
                leading.text,
                leading.id,
                leading.inBody,
                collector.headings,
                collector.links,
                output ? searchText(document) : "",
                List.copyOf(collector.anchors),
                transformed.buildTime(),
                transformed.findings());
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

    /** An opening level-1 heading's text and anchor, or nulls; in the body when a logo comes before it. */
    private record LeadingTitle(String text, String id, boolean inBody) {}

    /**
     * An opening level-1 heading names the page; the template shows it, so the body drops it.
     * Its links are still collected (and checked), and its anchor is the page title's.
     */
    private static LeadingTitle liftLeadingTitle(Node document, BodyCollector collector) {
        if (document.getFirstChild() instanceof org.commonmark.node.Heading heading && heading.getLevel() == 1) {
            String title = textOf(heading).trim();
            String id = collector.anchorOf(heading, title);
            collector.visitChildrenOf(heading);
            heading.unlink();
            return new LeadingTitle(title, id, false);
        }
        Node first = document.getFirstChild();
        while (first != null && isDecoration(first)) {
            first = first.getNext();
        }
        if (first != document.getFirstChild()
                && first instanceof org.commonmark.node.Heading heading
                && heading.getLevel() == 1) {
            // a README's logo or badges, then its title: the title stays where it is, below them
            return new LeadingTitle(textOf(heading).trim(), null, true);
        }
        return new LeadingTitle(null, null, false);
    }

    /** A block that shows no words: images, links around images, raw HTML of tags only (a centred logo). */
    private static boolean isDecoration(Node block) {
        if (block instanceof HtmlBlock html) {
            return html.getLiteral().replaceAll("<[^>]*>", "").isBlank();
        }
        if (!(block instanceof org.commonmark.node.Paragraph paragraph)) {
            return false;
        }
        boolean image = false;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Image
                    || node instanceof org.commonmark.node.Link link
                            && link.getFirstChild() instanceof org.commonmark.node.Image
                            && link.getFirstChild().getNext() == null) {
                image = true;
            } else if (!(node instanceof org.commonmark.node.SoftLineBreak
                    || node instanceof org.commonmark.node.HardLineBreak
                    || node instanceof org.commonmark.node.HtmlInline
                    || node instanceof org.commonmark.node.Text text
                            && text.getLiteral().isBlank())) {
                return false;
            }
        }
        return image;
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

    /**
     * Walks a document in rendering order: headings with their ids (given to the heading to
     * render), links with their places, every anchor the page defines, whether it has raw HTML.
     */
    private static final class BodyCollector extends AbstractVisitor {
        private final int bodyFirstLine;
        private final UnaryOperator<String> rewriteLink;
        /** null when raw HTML is escaped, so defines nothing */
        private final RawHtmlAnchors rawHtmlAnchors;

        private final IdGenerator ids = IdGenerator.builder().build();
        private final List<Heading> headings = new ArrayList<>();
        private final List<BodyLink> links = new ArrayList<>();
        private final Set<String> anchors = new LinkedHashSet<>();
        private boolean rawHtml;

        BodyCollector(int bodyFirstLine, UnaryOperator<String> rewriteLink, RawHtmlAnchors rawHtmlAnchors) {
            this.bodyFirstLine = bodyFirstLine;
            this.rewriteLink = rewriteLink;
            this.rawHtmlAnchors = rawHtmlAnchors;
        }

        void visitChildrenOf(Node node) {
            visitChildren(node);
        }

        /**
         * The heading's anchor: its own {@code {#id}}, else made from its text (lower-cased in
         * no particular locale, so the same on every machine). The heading keeps it to render.
         */
        String anchorOf(org.commonmark.node.Heading heading, String text) {
            NodeAttributes attributes = NodeAttributes.of(heading);
            String id = attributes != null && attributes.id() != null
                    ? attributes.id()
                    : ids.generateId(text.toLowerCase(Locale.ROOT));
            if (attributes != null) {
                attributes.setId(id);
            } else {
                heading.appendChild(NodeAttributes.ofId(id));
            }
            anchors.add(id);
            return id;
        }

        @Override
        public void visit(org.commonmark.node.Heading heading) {
            String text = textOf(heading).trim();
            headings.add(new Heading(heading.getLevel(), text, anchorOf(heading, text), position(heading)));
            visitChildren(heading);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof NodeAttributes attributes && attributes.id() != null) {
                anchors.add(attributes.id());
            }
            visitChildren(node);
        }

        @Override
        public void visit(HtmlBlock html) {
            html.setLiteral(rawHtml(html.getLiteral(), html));
        }

        @Override
        public void visit(HtmlInline html) {
            html.setLiteral(rawHtml(html.getLiteral(), html));
        }

        /** Its anchors and links are the page's, unless it is shown as text; its links are rewritten. */
        private String rawHtml(String literal, Node node) {
            rawHtml = true;
            if (rawHtmlAnchors == null) {
                return literal;
            }
            rawHtmlAnchors.collect(literal, anchors);
            return RawHtmlLinks.collect(literal, position(node), rewriteLink, links);
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
            image.setDestination(rewriteLink.apply(image.getDestination()));
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
