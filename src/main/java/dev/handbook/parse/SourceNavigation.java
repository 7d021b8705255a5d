package dev.handbook.parse;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The navigation a docs folder brings along: Docusaurus's {@code _category_} files, one per
 * folder, and GitBook's {@code SUMMARY.md} at the root. Neither is published.
 *
 * @param categories content-relative folder ("" or ending with "/") to what its category file says
 * @param summary    the root SUMMARY.md's sections in order; empty when there is none
 */
public record SourceNavigation(Map<String, Category> categories, List<Section> summary) {

    public static final SourceNavigation NONE = new SourceNavigation(Map.of(), List.of());

    public SourceNavigation {
        categories = java.util.Collections.unmodifiableMap(new TreeMap<>(categories));
        summary = List.copyOf(summary);
    }

    /** Whether a content file is one of these navigation files rather than a page or a file to publish. */
    public static boolean isNavigationFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("_category_.json")
                || name.equals("_category_.yml")
                || name.equals("_category_.yaml")
                || path.equals("SUMMARY.md");
    }

    /**
     * A folder's {@code _category_.json} / {@code .yml}.
     *
     * @param label     the folder's title in the sidebar, or null
     * @param position  where the folder goes among the others, or null
     * @param collapsed the folder's pages fold away until opened (except on its own pages)
     * @param linkDoc   the doc id of the page the folder's title links to, or null
     * @param linkNone  {@code link: null}: the title links nowhere, even to an index page
     */
    public record Category(String label, Double position, boolean collapsed, String linkDoc, boolean linkNone) {}

    /** A SUMMARY.md section: its heading ("" before the first one) and its pages in order. */
    public record Section(String title, List<Entry> entries) {
        public Section {
            Objects.requireNonNull(title, "title");
            entries = List.copyOf(entries);
        }
    }

    /** One SUMMARY.md line: the content-relative page it links to and the label it shows. */
    public record Entry(String path, String label) {
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(label, "label");
        }
    }
}
