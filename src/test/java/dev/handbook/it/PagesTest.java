package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every page type of the repository's own handbook, baked on a fixed day (2027-03-10: the
 * Readings Store's community waiver ends within 30 days), read back through jsoup.
 */
class PagesTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void bake() {
        Path source = Fixtures.copyOwnHandbook(temp);
        site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", site.toString(), "--today", "2027-03-10");
        assertEquals(0, run.exitCode(), run.err());
    }

    static Document page(String path) {
        return SiteLinks.parse(site.resolve(path));
    }

    @Test
    void everyHrefAndSrcInTheSiteResolves() {
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void productPageAnswersWhatWhoHowMatureAndWhatNext() {
        Document page = page("products/harbour-dashboard.html");
        assertEquals("Harbour Dashboard", page.selectFirst("main h1").text());
        assertEquals("loop", page.selectFirst(".claims .badge").text());
        assertEquals("Town Services Team", page.selectFirst(".owner a").text());
        assertEquals(
                "../teams/town-services-team.html", page.selectFirst(".owner a").attr("href"));
        assertEquals(
                List.of("loop"),
                page.select(".ladder li.declared").stream()
                        .map(Element::ownText)
                        .toList());
        assertTrue(
                page.selectFirst(".ladder .next").text().startsWith("For steady it still needs:"),
                page.selectFirst(".ladder .next").text());
        assertEquals("not-yet-expected", status(page, "community"));
        assertEquals("present", status(page, "loop"));
    }

    @Test
    void productPageOpensWithItsSummaryThenTheProseAndSaysNothingTwice() {
        Document page = page("products/tidegauge.html");
        Element main = page.selectFirst("main");
        List<String> order =
                main.select(".summary, .product-body, .characteristics, .interfaces, .neighbourhood").stream()
                        .map(Element::className)
                        .toList();
        assertEquals(List.of("summary", "body product-body", "characteristics", "interfaces", "neighbourhood"), order);
        String mission = page.selectFirst(".summary .mission").text();
        assertTrue(mission.startsWith("Tidegauge sits on a harbour wall"), mission);
        assertEquals(1, main.getElementsContainingOwnText(mission).size(), "the mission is said once");
        assertEquals(
                1, main.getElementsContainingOwnText("Sensor Hardware Team").size(), "the owner is named once");
        assertTrue(main.select("[data-key=mission], [data-key=owner], [data-key=docs], [data-key=interfaces]")
                .isEmpty());
        Element docs = page.selectFirst(".summary .fact-docs a");
        assertEquals("https://docs.saltmarsh.example/tidegauge", docs.attr("href"));
        assertEquals(docs.attr("href"), docs.text());
        assertTrue(page.selectFirst(".summary .ladder").text().contains("Declares steady"));
        // a characteristic that is not there yet stays among the characteristics, with its state
        assertEquals("not-yet-expected", status(page("products/harbour-dashboard.html"), "docs"));
    }

    @Test
    void waivedCharacteristicShowsUntilWhenAndWhy() {
        Element community = page("products/readings-store.html").selectFirst("[data-key=community]");
        assertTrue(community.hasClass("status-waived"));
        assertTrue(community.text().contains("waived until 2027-03-31"), community.text());
    }

    @Test
    void usesAndUsedByLinkBothWays() {
        Document store = page("products/readings-store.html");
        List<String> usedBy = store.select("ul.used-by a").eachText();
        assertTrue(usedBy.contains("Tidegauge"), usedBy.toString());
        Document tidegauge = page("products/tidegauge.html");
        assertTrue(tidegauge.select("ul.uses a").eachText().contains("Readings Store"));
        assertEquals(
                usedBy.size(),
                store.select(".neighbourhood svg a").size()
                        - 1
                        - store.select("ul.uses a").size()
                        + countBoth(store),
                "neighbourhood map draws the product, what it uses and what uses it");
    }

    /** Products that both use and are used by the page's product appear once in the map. */
    private static int countBoth(Document page) {
        List<String> uses = page.select("ul.uses a").eachText();
        return (int) page.select("ul.used-by a").eachText().stream()
                .filter(uses::contains)
                .count();
    }

    @Test
    void productsPageListsEveryProductWithFilterData() {
        Document products = page("products.html");
        List<Element> rows = products.select("table.products tbody tr");
        assertEquals(15, rows.size());
        Element tidegauge = products.selectFirst("tr[data-slug=tidegauge]");
        assertEquals("steady", tidegauge.attr("data-maturity"));
        assertEquals("Sensor Hardware Team", tidegauge.attr("data-owner"));
        assertEquals("direct", tidegauge.attr("data-alignment"));
        assertEquals(
                "idea prototype loop steady",
                products.selectFirst("table.products").attr("data-levels"));
    }

    @Test
    void dashboardCountsChartsBoardAndWaivers() {
        Document dashboard = page("dashboard.html");
        Element levels = dashboard.select(".chart svg").first();
        assertEquals(
                4,
                levels.select("rect.maturity-idea, rect.maturity-prototype, rect.maturity-loop, rect.maturity-steady")
                        .size());
        assertTrue(levels.text().contains("steady"), levels.text());
        assertEquals(
                List.of("need", "ideation", "prototyping", "loop", "steady"),
                dashboard.select(".lane.origin-greenfield > .stage").eachAttr("data-stage"));
        assertEquals(
                List.of(
                        "Products per maturity level",
                        "Products per origin",
                        "Products per maturity level at each month end"),
                dashboard.select("figure.chart > figcaption").eachText());
        assertTrue(
                dashboard.select(".site-header .site-mission").isEmpty(), "the mission is said once, in its section");
        assertEquals(2, dashboard.select(".alignment .column").size());
        assertEquals(
                "Give every coastal community an early, trustworthy warning of rising water.",
                dashboard.selectFirst(".mission-statement .mission").text());
        Element waiver = dashboard.selectFirst("table.expiring tbody tr");
        assertTrue(waiver.text().contains("Readings Store"), waiver.text());
        assertTrue(waiver.text().contains("2027-03-31 (21 days)"), waiver.text());
    }

    @Test
    void dashboardGroupsHoldExactlyTheProductsThatClaimEachPlace() {
        List<Element> rows = page("products.html").select("table.products tbody tr");
        Document dashboard = page("dashboard.html");
        for (Element column : dashboard.select(".lane > .stage")) {
            String origin = column.parent().className().replace("lane origin-", "");
            List<String> expected = rows.stream()
                    .filter(row -> row.selectFirst("td.origin").text().equals(origin)
                            && row.selectFirst("td.stage").text().equals(column.attr("data-stage")))
                    .map(row -> row.selectFirst("td.product-name").text())
                    .toList();
            assertEquals(expected, column.select("li > a").eachText(), origin + " " + column.attr("data-stage"));
            assertEquals(
                    "(" + expected.size() + ")", column.selectFirst(".count").text());
        }
        for (Element group : dashboard.select(".alignment .column")) {
            String alignment = group.className().replace("column alignment-", "");
            List<String> expected = rows.stream()
                    .filter(row -> row.attr("data-alignment").equals(alignment))
                    .map(row -> row.selectFirst("td.product-name").text())
                    .toList();
            assertEquals(expected, group.select("li > a").eachText(), alignment);
        }
        List<String> levels =
                List.of(dashboard.select(".chart svg desc").first().text().split("; "));
        assertEquals(
                List.of("idea", "prototype", "loop", "steady").stream()
                        .map(level -> level + ": "
                                + rows.stream()
                                        .filter(row -> row.attr("data-maturity").equals(level))
                                        .count())
                        .toList(),
                levels);
        long none = rows.stream()
                .filter(row -> row.selectFirst("td.origin").text().isEmpty())
                .count();
        List<String> origins =
                List.of(dashboard.select(".chart svg desc").get(1).text().split("; "));
        assertEquals(none > 0, origins.contains("not stated: " + none), origins.toString());
    }

    @Test
    void matrixCellsSayTheirStateInTextNotOnlyColour() {
        Document matrix = page("matrix.html");
        List<String> columns = matrix.select("table.matrix thead th").eachText();
        assertEquals(List.of("Product", "Maturity", "Needs for the next level", "Review due"), columns.subList(0, 4));
        assertTrue(columns.get(4).startsWith("Mission"), columns.toString());
        assertTrue(columns.get(columns.size() - 1).startsWith("Community"), columns.toString());
        Element cell = matrix.selectFirst("tr[data-slug=flood-drill-kit] td[data-key=community]");
        assertEquals("–", cell.selectFirst("[aria-hidden=true]").text());
        assertEquals("not yet expected", cell.selectFirst(".visually-hidden").text());
        Element waived = matrix.selectFirst("tr[data-slug=readings-store] td[data-key=community]");
        assertEquals("◐waived", waived.text());
        assertTrue(matrix.selectFirst("tr[data-slug=flood-drill-kit] .next-needs")
                .text()
                .startsWith("prototype:"));
    }

    @Test
    void matrixMarksTheRowsThatNeedWorkForItsFilter() {
        Document matrix = page("matrix.html");
        assertEquals(
                "#needs-work", matrix.selectFirst(".matrix-filter a.filter-on").attr("href"));
        assertTrue(matrix.selectFirst("#needs-work") != null);
        for (Element row : matrix.select("table.matrix tbody tr")) {
            boolean short_ = !row.select("td.status-missing, td.status-waived").isEmpty();
            assertEquals(short_ ? "needs-work" : "in-order", row.className(), row.attr("data-slug"));
        }
        assertEquals(
                "needs-work", matrix.selectFirst("tr[data-slug=readings-store]").className());
    }

    @Test
    void teamPageListsEverythingTheTeamHoldsAndEngineeringRollsItsTeamsUp() {
        Document team = page("teams/platform-team.html");
        assertEquals(
                List.of("Alert Relay", "Readings Store", "Sensor Health Monitor"),
                team.select(".team-products .product-name").eachText());
        assertEquals(
                List.of("forecasting-lab", "platform-team", "sensor-hardware-team"),
                page("teams/engineering.html").select("section.rolled-up").eachAttr("data-team"));
        assertFalse(team.select(".todo-list > li").isEmpty());
    }

    @Test
    void interfaceMapDrawsEveryProductAndShipsDotAndJson() throws IOException {
        Document map = page("map.html");
        assertEquals(15, map.select(".map svg a").size());
        assertTrue(map.select(".map svg a").eachAttr("href").contains("products/tidegauge.html"));
        String dot = Files.readString(site.resolve("map.dot"));
        assertTrue(dot.startsWith("digraph handbook {"), dot);
        assertTrue(Files.readString(site.resolve("map.json")).contains("\"id\":\"tidegauge\""));
    }

    @Test
    void guidesHaveSidebarBreadcrumbsTocAndPreviousNext() {
        Document maturity = page("guides/maturity.html");
        assertEquals(
                List.of("Home", "Guides", "Maturity"),
                maturity.select(".breadcrumbs li").eachText());
        assertEquals(
                "Characteristics",
                maturity.selectFirst(".prev-next .previous").text().replace("← ", ""));
        assertEquals("Origins", maturity.selectFirst(".prev-next .next").text().replace(" →", ""));
        assertTrue(maturity.select(".toc a").eachAttr("href").contains("#steady"));
        assertEquals("#steady", maturity.selectFirst("h2#steady a.anchor").attr("href"));
        List<String> sidebar = maturity.select("nav.sidebar li li a").eachText();
        assertEquals(
                List.of("What is a product?", "Characteristics", "Maturity", "Origins", "Alignment", "Candidates"),
                sidebar);
        assertEquals("page", maturity.selectFirst("nav.sidebar a[aria-current]").attr("aria-current"));
        assertEquals(
                "Maturity", maturity.selectFirst("nav.sidebar a[aria-current]").text());
        assertEquals(
                List.of("Origins"),
                page("guides/origins.html")
                        .select("nav.sidebar a[aria-current]")
                        .eachText());
        // pages the sidebar does not list share one sidebar per folder: no current page, links from that folder
        for (String path : List.of("products/tidegauge.html", "products/readings-store.html", "dashboard.html")) {
            Document other = page(path);
            assertTrue(other.select("nav.sidebar a[aria-current]").isEmpty(), path);
            String prefix = path.contains("/") ? "../guides/" : "guides/";
            assertTrue(
                    other.select("nav.sidebar a").eachAttr("href").stream().allMatch(href -> href.startsWith(prefix)),
                    path + " " + other.select("nav.sidebar a").eachAttr("href"));
            // outside the guides' folder their section is a link, not a list
            assertEquals(
                    List.of("Guides"),
                    other.select("nav.sidebar .section-title").eachText(),
                    path);
            assertTrue(other.select("nav.sidebar li li").isEmpty(), path);
        }
    }

    @Test
    void searchPageAndIndexAreLocal() throws IOException {
        Document search = page("search.html");
        assertFalse(search.select("#search-results").isEmpty());
        String index = Files.readString(site.resolve("assets/search-index.js"));
        assertTrue(index.contains("products/tidegauge.html"));
        assertTrue(Files.isRegularFile(site.resolve("assets/search.js")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void productsJsonHoldsEveryProductWithStatusAndLinks() throws IOException {
        String json = Files.readString(site.resolve("products.json"));
        Map<String, Object> root = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
        List<Map<String, Object>> products = (List<Map<String, Object>>) root.get("products");
        assertEquals(15, products.size());
        Map<String, Object> store = products.stream()
                .filter(p -> p.get("slug").equals("readings-store"))
                .findFirst()
                .orElseThrow();
        assertEquals("steady", store.get("maturity"));
        Map<String, Object> community =
                (Map<String, Object>) ((Map<String, Object>) store.get("characteristics")).get("community");
        assertEquals("waived", community.get("status"));
        assertTrue(((List<String>) store.get("usedBy")).contains("tidegauge"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void backstageExportHasAComponentPerProduct() throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> tidegauge = (Map<String, Object>)
                yaml.load(Files.readString(site.resolve("backstage/tidegauge.catalog-info.yaml")));
        assertEquals("Component", tidegauge.get("kind"));
        Map<String, Object> spec = (Map<String, Object>) tidegauge.get("spec");
        assertEquals("production", spec.get("lifecycle"));
        assertEquals("group:sensor-hardware-team", spec.get("owner"));
        assertTrue(((List<String>) spec.get("dependsOn")).contains("component:default/readings-store"));
        Map<String, Object> catalog =
                (Map<String, Object>) yaml.load(Files.readString(site.resolve("backstage/catalog.yaml")));
        assertEquals(15 + 7, ((List<?>) ((Map<String, Object>) catalog.get("spec")).get("targets")).size());
        Map<String, Object> group =
                (Map<String, Object>) yaml.load(Files.readString(site.resolve("backstage/groups/platform-team.yaml")));
        assertEquals("Group", group.get("kind"));
        assertEquals("engineering", ((Map<String, Object>) group.get("spec")).get("parent"));
    }

    private static String status(Document page, String key) {
        return page.selectFirst(".characteristics [data-key=" + key + "]")
                .className()
                .replace("characteristic status-", "");
    }
}
