package dev.handbook.render;

import dev.handbook.text.UrlPath;

/**
 * Addresses of published pages under site.yml's {@code base_url} (an http(s) address or a path
 * from the server's root): canonical links, Open Graph, the sitemap and the 404 page's links.
 */
final class SiteAddress {

    private SiteAddress() {}

    /** The base ending in one slash, or "" when there is none. */
    static String base(String baseUrl) {
        if (baseUrl == null || baseUrl.isEmpty()) {
            return "";
        }
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The page's address under the base (the home page is the base itself), or "" without a base. */
    static String of(String baseUrl, String outputPath) {
        String base = base(baseUrl);
        if (base.isEmpty()) {
            return "";
        }
        return outputPath.equals("index.html") ? base : base + UrlPath.encode(outputPath);
    }

    /** True when the base is a whole http(s) address, as a sitemap needs. */
    static boolean isAbsolute(String baseUrl) {
        return baseUrl != null && (baseUrl.startsWith("https://") || baseUrl.startsWith("http://"));
    }

    /**
     * The site's root as a path from the server's root, ending in a slash: {@code /} without a
     * base, the path of the base otherwise ({@code https://example.org/handbook} gives {@code /handbook/}).
     */
    static String rootPath(String baseUrl) {
        String base = base(baseUrl);
        if (base.isEmpty()) {
            return "/";
        }
        if (base.startsWith("/")) {
            return base;
        }
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        return slash < 0 ? "/" : base.substring(slash);
    }
}
