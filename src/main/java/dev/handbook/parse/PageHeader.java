package dev.handbook.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The front matter keys every page may carry, typed. Product characteristics stay in the raw
 * front matter until validation has checked them.
 *
 * @param title           null when the front matter has none (the first heading then names the page)
 * @param slug            null when the file name is the slug; the last segment of a path slug
 * @param sidebarPosition null when the page does not ask for a place in the sidebar; fractions allowed (as in Docusaurus)
 * @param slugFolder      the content-relative folder ("" or ending with "/") a path slug
 *                        ({@code slug: /docs/intro}) publishes the page in; null for the page's own
 * @param options         what the other generators' keys ask of the page
 */
public record PageHeader(
        String title,
        String description,
        String slug,
        List<String> tags,
        Double sidebarPosition,
        boolean draft,
        LocalDate date,
        String type,
        String slugFolder,
        PageOptions options) {

    /** Keys this record reads; a front matter key outside these and the schema is unknown. */
    public static final List<String> KEYS =
            List.of("title", "description", "slug", "tags", "sidebar_position", "draft", "date", "type");

    /** Every key of the page format, the other generators' too. */
    public static final List<String> ALL_KEYS = java.util.stream.Stream.concat(
                    KEYS.stream(), PageOptionsReader.KEYS.stream())
            .toList();

    public static final PageHeader EMPTY = new PageHeader(null, null, null, List.of(), null, false, null, null);

    public PageHeader {
        tags = List.copyOf(tags);
        Objects.requireNonNull(options, "options");
    }

    public PageHeader(
            String title,
            String description,
            String slug,
            List<String> tags,
            Double sidebarPosition,
            boolean draft,
            LocalDate date,
            String type) {
        this(title, description, slug, tags, sidebarPosition, draft, date, type, null, PageOptions.NONE_ASKED);
    }
}
