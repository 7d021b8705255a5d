package dev.handbook.parse;

import dev.handbook.parse.markdown.BodyFinding;
import java.util.List;

/**
 * A page body turned into HTML, with what validation and navigation need to know about it.
 *
 * @param leadingTitle the text of an opening {@code # } heading, which was lifted out of the HTML; null if none
 * @param titleId      that heading's anchor, which the page title carries; null if none
 * @param titleInBody  the heading was left in the body, below a logo or badges that come first
 * @param text         the body's plain text, for search: its start only, up to
 *                     {@link MarkdownRenderer#TEXT_KEPT} non-blank characters
 * @param anchors      every id a link may point at: headings' (the title's too), attribute lists', raw HTML's
 * @param anchorsOpen  a block MkDocs fills while it builds (a plugin directive, a snippet) was left
 *                     out, so the page may have anchors that {@code anchors} does not list
 * @param findings     warnings about its Markdown (an unknown callout type, a component that cannot be shown)
 */
public record RenderedBody(
        String html,
        String leadingTitle,
        String titleId,
        boolean titleInBody,
        List<Heading> headings,
        List<BodyLink> links,
        String text,
        List<String> anchors,
        boolean anchorsOpen,
        List<BodyFinding> findings) {

    public RenderedBody {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        anchors = List.copyOf(anchors);
        findings = List.copyOf(findings);
    }
}
