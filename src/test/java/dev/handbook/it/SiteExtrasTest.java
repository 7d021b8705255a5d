package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag pages, the sitemap, the 404 page, canonical links and Open Graph of a handbook with a base_url. */
class SiteExtrasTest {

    private static final String BASE = "https://handbook.example.org/quay/";

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void bake() {
        Path source = Fixtures.copy("tags-and-addresses", temp);
        site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static Document page(String path) {
        return SiteLinks.parse(site.resolve(path));
    }

    @Test
    void everyTagHasAPageListingThePagesThatCarryIt() {
        Document sensors = page("tags/sensors.html");

        assertEquals(
                "Tagged \u201csensors\u201d", sensors.selectFirst("main h1").text());
        assertEquals(
                List.of("Mooring rules", "Bollard Watch"),
                sensors.select(".tagged-pages li > a").eachText());
        assertEquals(
                List.of("../guides/mooring.html", "../products/bollard-watch.html"),
                sensors.select(".tagged-pages li > a").eachAttr("href"));
        assertEquals(
                List.of("guide", "product, idea"),
                sensors.select(".tagged-kind").eachText());
        assertEquals(
                List.of("Bollard Watch"),
                page("tags/field-work.html").select(".tagged-pages li > a").eachText());
        assertEquals(
                List.of("Mooring rules"),
                page("tags/tag.html").select(".tagged-pages li > a").eachText());
    }

    @Test
    void theTagIndexListsEveryTagWithItsCount() {
        assertEquals(
                List.of("?! (1)", "field work (1)", "records (1)", "sensors (2)"),
                page("tags/index.html").select(".tag-list li").eachText());
    }

    @Test
    void pagesLinkTheirTagsToTheTagPages() {
        assertEquals(
                List.of("field-work.html", "sensors.html").stream()
                        .map(p -> "../tags/" + p)
                        .sorted()
                        .toList(),
                page("products/bollard-watch.html").select(".tags a.tag").eachAttr("href").stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("../tags/sensors.html", "../tags/tag.html"),
                page("guides/mooring.html").select("p.tags a.tag").eachAttr("href"));
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void theSitemapListsEveryPageUnderTheBaseUrlButThe404Page() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("urlset > url > loc").eachText();

        assertEquals(BASE, locs.get(0));
        assertTrue(locs.contains(BASE + "products/bollard-watch.html"), locs.toString());
        assertTrue(locs.contains(BASE + "tags/sensors.html"), locs.toString());
        assertTrue(locs.contains(BASE + "map.html"), locs.toString());
        assertFalse(locs.stream().anyMatch(l -> l.endsWith("404.html")), locs.toString());
        assertEquals(
                "http://www.sitemaps.org/schemas/sitemap/0.9",
                sitemap.selectFirst("urlset").attr("xmlns"));
        try (var files = Files.walk(site)) {
            long htmlPages = files.filter(f -> f.toString().endsWith(".html")).count();
            assertEquals(htmlPages - 1, locs.size());
        }
    }

    @Test
    void pagesCarryTheirCanonicalAddressAndOpenGraph() {
        Document product = page("products/bollard-watch.html");

        assertEquals(
                BASE + "products/bollard-watch.html",
                product.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                BASE + "products/bollard-watch.html",
                product.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(
                "Bollard Watch", product.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(
                "Quay handbook",
                product.selectFirst("meta[property=og:site_name]").attr("content"));
        assertEquals(
                "Bollard Watch warns the harbour office before a mooring line pulls a bollard loose.",
                product.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals(BASE, page("index.html").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void the404PageLinksFromTheSitesRootPathAndHasNoCanonicalAddress() {
        Document notFound = page("404.html");

        assertEquals("Page not found", notFound.selectFirst("main h1").text());
        assertEquals("/quay/", notFound.selectFirst("body").attr("data-root"));
        assertEquals("/quay/index.html", notFound.selectFirst("main li a").attr("href"));
        assertEquals(
                "/quay/assets/handbook.css",
                notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertNull(notFound.selectFirst("link[rel=canonical]"));
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapNorCanonicalAddressAndThe404PageLinksFromSlash(@TempDir Path other)
            throws IOException {
        Path source = Fixtures.copy("tags-and-addresses", other);
        Files.writeString(source.resolve("site.yml"), "title: Quay handbook\n");
        Path plain = other.resolve("site");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", plain.toString())
                        .exitCode());

        assertFalse(Files.exists(plain.resolve("sitemap.xml")));
        assertNull(SiteLinks.parse(plain.resolve("products/bollard-watch.html")).selectFirst("link[rel=canonical]"));
        assertEquals(
                "/index.html",
                SiteLinks.parse(plain.resolve("404.html"))
                        .selectFirst("main li a")
                        .attr("href"));
    }
}
