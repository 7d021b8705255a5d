package dev.handbook.render;

import dev.handbook.text.Xml;

/**
 * sitemap.xml (sitemaps.org 0.9): the address of every HTML page of the site but the 404 page,
 * under base_url, in the site plan's order. Written only when base_url is an http(s) address.
 * A sitemap holds at most 50,000 addresses; a bigger site lists its first 50,000.
 */
final class Sitemap {

    static final String FILE = "sitemap.xml";
    static final int MAX_URLS = 50_000;

    private Sitemap() {}

    static String of(String baseUrl, SitePlan plan) {
        StringBuilder xml = new StringBuilder(64 * plan.pages().size() + 200)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int written = 0;
        for (SitePage page : plan.pages()) {
            if (page.kind() != SitePage.Kind.NOT_FOUND && written++ < MAX_URLS) {
                xml.append("  <url><loc>")
                        .append(Xml.escape(SiteAddress.of(baseUrl, page.outputPath())))
                        .append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }
}
