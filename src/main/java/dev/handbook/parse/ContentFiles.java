package dev.handbook.parse;

import java.util.List;
import java.util.Set;

/**
 * What the content folder holds, as paths relative to it with forward slashes.
 *
 * @param pages the Markdown pages ({@code .md}, and MDX's {@code .mdx}), sorted
 * @param files every other file (images, downloads), which links and logos may point at
 * @param navigation the docs folder's own navigation files ({@link SourceNavigation}), neither pages nor files
 */
public record ContentFiles(List<String> pages, Set<String> files, List<String> navigation) {

    /** The extension of MDX pages (Docusaurus), Markdown with JSX in it. */
    public static final String MDX = ".mdx";

    /** Whether a content file is a page. */
    public static boolean isPage(String path) {
        return path.endsWith(".md") || path.endsWith(MDX);
    }

    public ContentFiles {
        pages = List.copyOf(pages);
        files = Set.copyOf(files);
        navigation = List.copyOf(navigation);
    }

    public ContentFiles(List<String> pages, Set<String> files) {
        this(pages, files, List.of());
    }
}
