package dev.handbook.parse;

import java.util.List;
import java.util.Set;

/**
 * What the content folder holds, as paths relative to it with forward slashes.
 *
 * @param pages the Markdown pages ({@code .md}, and MDX's {@code .mdx}), sorted
 * @param files every other file (images, downloads), which links and logos may point at
 */
public record ContentFiles(List<String> pages, Set<String> files) {

    /** The extension of MDX pages (Docusaurus), Markdown with JSX in it. */
    public static final String MDX = ".mdx";

    /** Whether a content file is a page. */
    public static boolean isPage(String path) {
        return path.endsWith(".md") || path.endsWith(MDX);
    }

    public ContentFiles {
        pages = List.copyOf(pages);
        files = Set.copyOf(files);
    }
}
