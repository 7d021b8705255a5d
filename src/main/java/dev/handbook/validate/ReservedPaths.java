package dev.handbook.validate;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Addresses the site generates itself. A content page or file published at one of them would
 * overwrite a generated page or be overwritten by it, so it is reported instead.
 */
public final class ReservedPaths {

    private static final Map<String, String> FILES = Map.of(
            "index.html", "the home page (write content/index.md to give it text)",
            "dashboard.html", "the maturity dashboard",
            "map.html", "the interface map",
            "map.dot", "the interface map's DOT file",
            "map.json", "the interface map's JSON file",
            "search.html", "the search page",
            "products.json", "the products export",
            "teams.json", "the teams export",
            "404.html", "the page for addresses that lead nowhere",
            "sitemap.xml", "the sitemap");
    private static final Pattern LISTINGS = Pattern.compile("(products|matrix)(-[0-9]+)?\\.html");
    private static final Pattern ASSETS = Pattern.compile(
            "assets/(handbook\\.css|search\\.js|table\\.js|favicon\\.svg|live-reload\\.js|search-index\\.js)");
    private static final Map<String, String> FOLDERS = Map.of(
            "owners/", "the owner pages",
            "backstage/", "the Backstage catalog export",
            "tags/", "the tag pages",
            "campaigns/", "the campaign pages");

    private ReservedPaths() {}

    /** What the site publishes at this site-relative path itself, if anything. */
    public static Optional<String> reservedFor(String outputPath) {
        if (FILES.containsKey(outputPath)) {
            return Optional.of(FILES.get(outputPath));
        }
        if (ASSETS.matcher(outputPath).matches()) {
            return Optional.of("one of its own styles and scripts");
        }
        if (LISTINGS.matcher(outputPath).matches()) {
            return Optional.of("the products listing and the characteristics matrix");
        }
        return FOLDERS.entrySet().stream()
                .filter(e -> outputPath.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
