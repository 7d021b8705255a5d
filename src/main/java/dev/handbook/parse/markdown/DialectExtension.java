package dev.handbook.parse.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The syntax of the other docs generators as one commonmark-java extension: Docusaurus, MkDocs
 * and GitBook blocks, JSX components and expressions, attribute lists; and how they render.
 * After parsing, {@link DialectTransform} turns them into the nodes that render.
 */
public final class DialectExtension
        implements Parser.ParserExtension,
                HtmlRenderer.HtmlRendererExtension,
                TextContentRenderer.TextContentRendererExtension {

    private final boolean mdx;

    private DialectExtension(boolean mdx) {
        this.mdx = mdx;
    }

    /** @param mdx the page is an MDX file: every {@code {...}} in text is an expression, and a tag may be indented */
    public static DialectExtension create(boolean mdx) {
        return new DialectExtension(mdx);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new ColonCalloutParser.Factory())
                .customBlockParserFactory(new BuildTimeBlockParser.Factory())
                .customBlockParserFactory(new IndentedBlockParser.Factory())
                .customBlockParserFactory(new GitBookTagParser.Factory())
                .customBlockParserFactory(new JsxBlockParser.Factory(mdx))
                .customInlineContentParserFactory(new BraceInlineParser.Factory(mdx))
                .customInlineContentParserFactory(new JsxInlineParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        NodeAttributesProvider attributes = new NodeAttributesProvider();
        renderer.nodeRendererFactory(DialectHtmlRenderer::new).attributeProviderFactory(context -> attributes);
    }

    @Override
    public void extend(TextContentRenderer.Builder renderer) {
        renderer.nodeRendererFactory(DialectTextRenderer::new);
    }
}
