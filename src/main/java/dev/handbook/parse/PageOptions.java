package dev.handbook.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the front matter keys of the other docs generators (Docusaurus, MkDocs Material) ask of a
 * page, where they mean something here: its label in the sidebar, what it hides, its table of
 * contents, its previous and next links, its meta tags and whether it is listed.
 *
 * @param id              Docusaurus's {@code id:} of the page, or null (see {@link PageSource#docId()})
 * @param sidebarLabel    the page's title in the sidebar, or null
 * @param paginationLabel the page's title in its neighbours' previous and next links, or null
 * @param next            {@link #DEFAULT}, {@link #NONE} or a doc id
 * @param previous        {@link #DEFAULT}, {@link #NONE} or a doc id
 * @param editUrl         null for the site's own edit link, "" for none
 * @param image           the page's social card image as written, or null
 * @param updated         the day the page was last updated as its front matter says, or null
 * @param updatedBy       who updated it last, or null
 */
public record PageOptions(
        String id,
        String sidebarLabel,
        boolean hideTitle,
        boolean hideToc,
        int tocMin,
        int tocMax,
        String paginationLabel,
        String next,
        String previous,
        String editUrl,
        List<String> keywords,
        String image,
        boolean unlisted,
        LocalDate updated,
        String updatedBy) {

    /** A previous or next link chosen by the sidebar order. */
    public static final String DEFAULT = "";
    /** No previous or next link at all ({@code pagination_next: null}). */
    public static final String NONE = "\0none";

    public static final int TOC_MIN = 2;
    public static final int TOC_MAX = 3;

    public static final PageOptions NONE_ASKED = new PageOptions(
            null, null, false, false, TOC_MIN, TOC_MAX, null, DEFAULT, DEFAULT, null, List.of(), null, false, null,
            null);

    public PageOptions {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(previous, "previous");
        keywords = List.copyOf(keywords);
        if (tocMin < 2 || tocMax > 6 || tocMin > tocMax) {
            throw new IllegalArgumentException("toc levels " + tocMin + ".." + tocMax);
        }
    }
}
