package dev.handbook.render.view;

import java.util.List;

/**
 * The page itself as {@code page}: a content page, or a generated one (dashboard, listings) with
 * empty values.
 *
 * @param sourcePath the content file, null on a generated page
 */
public record PageView(
        String title,
        String titleId,
        boolean hideTitle,
        String description,
        String body,
        String sourcePath,
        List<String> tags,
        List<TagLink> tagLinks,
        List<String> keywords,
        String image,
        boolean noindex,
        String lastUpdated,
        String lastUpdatedBy,
        String editUrl,
        List<TocEntry> toc) {

    /** A generated page: only its title. */
    public static PageView generated(String title) {
        return new PageView(
                title, "", false, "", "", null, List.of(), List.of(), List.of(), "", false, "", "", "", List.of());
    }
}
