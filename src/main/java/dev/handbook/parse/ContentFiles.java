package dev.handbook.parse;

import java.util.List;
import java.util.Set;

/**
 * What the content folder holds, as paths relative to it with forward slashes.
 *
 * @param pages the Markdown pages, sorted
 * @param files every other file (images, downloads), which links and logos may point at
 */
public record ContentFiles(List<String> pages, Set<String> files) {

    public ContentFiles {
        pages = List.copyOf(pages);
        files = Set.copyOf(files);
    }
}
