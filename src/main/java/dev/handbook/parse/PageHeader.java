package dev.handbook.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * The front matter keys every page may carry, typed. Product characteristics stay in the raw
 * front matter until validation has checked them.
 *
 * @param title           null when the front matter has none (the first heading then names the page)
 * @param slug            null when the file name is the slug
 * @param sidebarPosition null when the page does not ask for a place in the sidebar
 */
public record PageHeader(String title, String description, String slug, List<String> tags,
                         Integer sidebarPosition, boolean draft, LocalDate date, String type) {

    /** Keys this record reads; a front matter key outside these and the schema is unknown. */
    public static final List<String> KEYS = List.of("title", "description", "slug", "tags", "sidebar_position",
            "draft", "date", "type");

    public static final PageHeader EMPTY = new PageHeader(null, null, null, List.of(), null, false, null, null);

    public PageHeader {
        tags = List.copyOf(tags);
    }
}
