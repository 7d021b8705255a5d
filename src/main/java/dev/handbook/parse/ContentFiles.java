package dev.handbook.parse;

import java.util.List;
import java.util.Set;

/**
 * What the content folder holds, as paths relative to it with forward slashes.
 *
 * @param pages the Markdown pages ({@code .md}, and MDX's {@code .mdx}), sorted
 * @param files every file the scan accepted, pages too (images, downloads), which links and logos may point at
 * @param hiddenAssets the files of GitBook's {@code .gitbook/assets} folders, published only when a page links to
 *                     them; every other hidden file is left out of the scan
 * @param hidden the hidden files and folders the scan left out, so that a link into one is reported as such
 * @param navigation the docs folder's own navigation files ({@link SourceNavigation}), neither pages nor files
 */
public record ContentFiles(
        List<String> pages, Set<String> files, Set<String> hiddenAssets, Set<String> hidden, List<String> navigation) {

    /** The extension of MDX pages (Docusaurus), Markdown with JSX in it. */
    public static final String MDX = ".mdx";

    /** Whether a content file is a page. */
    public static boolean isPage(String path) {
        return path.endsWith(".md") || path.endsWith(MDX);
    }

    public ContentFiles {
        pages = List.copyOf(pages);
        files = Set.copyOf(files);
        hiddenAssets = Set.copyOf(hiddenAssets);
        hidden = Set.copyOf(hidden);
        navigation = List.copyOf(navigation);
    }

    public ContentFiles(List<String> pages, Set<String> files) {
        this(pages, files, Set.of(), Set.of(), List.of());
    }

    /** Whether a content file is a Docusaurus partial: its name, or a folder it is in, starts with {@code _}. */
    public static boolean isPartial(String path) {
        return path.startsWith("_") || path.contains("/_");
    }

    /** The same files, with these of the hidden assets published too. */
    public ContentFiles publishing(Set<String> linkedAssets) {
        if (linkedAssets.isEmpty()) {
            return this;
        }
        Set<String> all = new java.util.HashSet<>(files);
        all.addAll(linkedAssets);
        return new ContentFiles(pages, all, hiddenAssets, hidden, navigation);
    }
}
