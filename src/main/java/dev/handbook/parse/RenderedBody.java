package dev.handbook.parse;

import java.util.List;

/**
 * A page body turned into HTML, with what validation and navigation need to know about it.
 *
 * @param leadingTitle the text of an opening {@code # } heading, which was lifted out of the HTML; null if none
 * @param text         the body's plain text, for search: its start only, up to
 *                     {@link MarkdownRenderer#TEXT_KEPT} non-blank characters
 */
public record RenderedBody(String html, String leadingTitle, List<Heading> headings, List<BodyLink> links,
                           String text) {

    public RenderedBody {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
