package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bakes a handbook that holds only content/ (no site.yml, no templates/) and reads the site back. */
class BakeEndToEndTest {

    @TempDir
    static Path temp;

    static Path site;
    static Fixtures.Run run;

    @BeforeAll
    static void bake() {
        Path source = Fixtures.copy("only-content", temp);
        site = temp.resolve("site");
        run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
    }

    @Test
    void bakesWithEmbeddedDefaults() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("assets/handbook.css")));
    }

    @Test
    void publishesOnePagePerProductAndGuide() {
        for (String page : List.of(
                "index.html",
                "products/beacon.html",
                "products/keeper-log.html",
                "guides/how-we-work.html",
                "guides/glossary.html")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
    }

    @Test
    void productsPageListsEveryProductWithItsMaturity() {
        Document index = SiteLinks.parse(site.resolve("products.html"));
        List<String> rows = index.select("table.products tbody tr").stream()
                .map(row -> row.selectFirst(".product-name").text() + " = "
                        + row.selectFirst(".maturity").text())
                .toList();
        assertEquals(List.of("Beacon = prototype", "Keeper Log = idea"), rows);
    }

    @Test
    void homePageListsEveryProductWithItsMaturity() {
        Document index = SiteLinks.parse(site.resolve("index.html"));
        assertEquals(
                List.of("Beacon prototype", "Keeper Log idea"),
                index.select("ul.products-at-a-glance li").eachText());
    }

    @Test
    void everyInternalLinkResolves() {
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void markdownLinksPointAtHtmlPages() {
        Document beacon = SiteLinks.parse(site.resolve("products/beacon.html"));
        List<String> hrefs = beacon.select(".product-body a:not(.anchor)").eachAttr("href");
        assertEquals(List.of("keeper-log.html", "../guides/how-we-work.html#reviews", "#blink-patterns"), hrefs);
    }

    @Test
    void titleComesFromTheFirstHeadingWhenFrontMatterHasNone() {
        Document glossary = SiteLinks.parse(site.resolve("guides/glossary.html"));
        assertEquals("Glossary", glossary.selectFirst("main h1").text());
        assertEquals(
                0, glossary.select("section.body h1, article.guide > h1 ~ h1").size());
    }

    @Test
    void productPageShowsUsesAndUsedBy() {
        Document beacon = SiteLinks.parse(site.resolve("products/beacon.html"));
        assertEquals("Keeper Log", beacon.selectFirst("ul.uses li a").text());
        Document log = SiteLinks.parse(site.resolve("products/keeper-log.html"));
        Element usedBy = log.selectFirst("ul.used-by li a");
        assertEquals("Beacon", usedBy.text());
        assertEquals("beacon.html", usedBy.attr("href"));
    }

    @Test
    void characteristicCardShowsStates() {
        Document log = SiteLinks.parse(site.resolve("products/keeper-log.html"));
        assertEquals(
                "present", log.selectFirst("[data-key=alignment]").className().replace("characteristic status-", ""));
        assertTrue(log.selectFirst("[data-key=community] dd").text().contains("not yet expected (from steady)"));
    }

    @Test
    void guidesAreInTheSidebarBySidebarPositionThenTitle() {
        Document guide = SiteLinks.parse(site.resolve("guides/glossary.html"));
        assertEquals(
                List.of("How we work", "Glossary"),
                guide.select("nav.sidebar li li a").eachText());
    }

    @Test
    void sidebarOfAPageOutsideASectionLinksTheSectionWithoutListingIt() {
        Document index = SiteLinks.parse(site.resolve("index.html"));
        assertEquals(
                List.of("Guides"), index.select("nav.sidebar .section-title").eachText());
        assertEquals(
                "guides/how-we-work.html",
                index.selectFirst("nav.sidebar a.section-title").attr("href"));
        assertEquals(List.of(), index.select("nav.sidebar li li"));
    }

    @Test
    void pagesCarryOnlyTheLocalScriptsAndAStrictContentSecurityPolicy() {
        for (Path page : SiteLinks.htmlFiles(site)) {
            Document document = SiteLinks.parse(page);
            for (Element script : document.select("script")) {
                assertTrue(
                        script.attr("src")
                                .matches("((\\.\\./)*|/)assets/(theme|search|table|highlight|highlight\\.min)\\.js"),
                        page + ": " + script);
                assertEquals("", script.html(), page + ": inline script");
            }
            assertTrue(
                    document.selectFirst("meta[http-equiv=Content-Security-Policy]")
                            .attr("content")
                            .startsWith("default-src 'none'"),
                    page.toString());
        }
    }
}
