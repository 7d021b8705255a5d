package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running campaign as the site shows it: its page, the dashboard, products.json and the matrix. */
class CampaignPagesTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void bake() {
        Path source = Fixtures.copy("campaign-runbooks", temp);
        site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", site.toString(), "--today", "2027-01-15");
        assertEquals(0, run.exitCode(), run.err());
    }

    static Document page(String path) {
        return SiteLinks.parse(site.resolve(path));
    }

    @Test
    void theCampaignPageSaysWhyByWhenAndHowFarAlong() {
        Document page = page("campaigns/runbooks.html");

        assertEquals(
                "Every product past its idea has a runbook",
                page.selectFirst("main h1").text());
        assertEquals(
                "A call at three in the morning is shorter when the steps are written down.",
                page.selectFirst(".campaign-why").text());
        assertEquals(
                "runbook on every product at prototype or above",
                page.selectFirst(".campaign-requirement").text());
        assertEquals("Keepers Guild", page.selectFirst(".campaign-owner").text());
        assertEquals(
                "2027-03-31 (75 days left)",
                page.selectFirst(".campaign-deadline").text());
        assertEquals(
                "3 of 5 products done (60%)",
                page.selectFirst(".campaign-overall").text());
        Element progress = page.selectFirst(".campaign-progress progress");
        assertEquals("3", progress.attr("value"));
        assertEquals("5", progress.attr("max"));
    }

    @Test
    void progressPerTeamIsABarChartWithATableSayingTheSame() {
        Document page = page("campaigns/runbooks.html");

        Map<String, List<String>> table = new LinkedHashMap<>();
        for (Element row : page.select("table.campaign-teams tbody tr")) {
            table.put(row.selectFirst("th").text(), row.select("td").eachText());
        }
        assertEquals(Map.of("Lamp Team", List.of("2", "3", "66%"), "Sound Team", List.of("1", "2", "50%")), table);
        assertEquals(List.of("Lamp Team", "Sound Team"), List.copyOf(table.keySet()));
        assertEquals(
                List.of("../owners/lamp-team.html", "../owners/sound-team.html"),
                page.select("table.campaign-teams tbody th a").eachAttr("href"));
        Element chart = page.selectFirst(".campaign-progress figure svg");
        assertEquals("Lamp Team: 66; Sound Team: 50", chart.selectFirst("desc").text());
        // on a per-cent scale: 66 of 100 is 158 of the 240 units a full bar takes
        assertEquals(List.of("158", "120"), chart.select("rect.bar-fill").eachAttr("width"));
    }

    @Test
    void theProductsLeftAreListedWithWhatEachLacks() {
        Document page = page("campaigns/runbooks.html");

        List<Element> rows = page.select("table.campaign-left-products tbody tr");
        assertEquals(
                List.of("foghorn", "lens"),
                rows.stream().map(r -> r.attr("data-slug")).toList());
        assertEquals(
                List.of("Foghorn", "Sound Team", "prototype", "Runbook"),
                rows.get(0).select("th, td").eachText());
        assertEquals(
                List.of("Lens", "Lamp Team", "prototype", "Runbook"),
                rows.get(1).select("th, td").eachText());
        assertEquals("../products/foghorn.html", rows.get(0).selectFirst("a").attr("href"));
    }

    @Test
    void theDashboardListsTheRunningCampaignWithItsProgress() {
        Element item = page("dashboard.html").selectFirst("section.campaigns li[data-campaign=runbooks]");

        assertEquals("campaigns/runbooks.html", item.selectFirst("a").attr("href"));
        assertEquals(
                "Every product past its idea has a runbook: 3 of 5 done (60%), deadline 2027-03-31, 75 days left 3 of 5",
                item.text());
    }

    @Test
    void productsJsonGivesEachConcernedProductItsStatus() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> json =
                (Map<String, Object>) JsonText.parse(Files.readString(site.resolve("products.json")));
        Map<String, Object> campaigns = new LinkedHashMap<>();
        for (Object item : (List<?>) json.get("products")) {
            Map<?, ?> product = (Map<?, ?>) item;
            campaigns.put((String) product.get("slug"), product.get("campaigns"));
        }
        Map<String, Object> lens = Map.of(
                "id",
                "runbooks",
                "phase",
                "running",
                "deadline",
                "2027-03-31",
                "met",
                false,
                "lacking",
                List.of("runbook"));
        Map<String, Object> lamp = Map.of(
                "id", "runbooks", "phase", "running", "deadline", "2027-03-31", "met", true, "lacking", List.of());
        assertEquals(List.of(lens), campaigns.get("lens"));
        assertEquals(List.of(lamp), campaigns.get("lamp"));
        // the waiver in force counts as meeting it; an idea is not concerned
        assertEquals(true, ((Map<?, ?>) ((List<?>) campaigns.get("bell")).get(0)).get("met"));
        assertEquals(List.of(), campaigns.get("keeper"));
    }

    @Test
    void theMatrixMarksTheColumnACampaignAsksFor() {
        Document matrix = page("matrix.html");

        List<Element> marked = matrix.select("table.matrix thead th.campaign-col");
        assertEquals(1, marked.size());
        assertTrue(marked.get(0).text().startsWith("Runbook"), marked.get(0).text());
        assertEquals(
                "campaigns/runbooks.html",
                marked.get(0).selectFirst("a.campaign-mark").attr("href"));
        assertFalse(matrix.select("table.matrix thead th").stream()
                .filter(th -> th.text().startsWith("Mission"))
                .anyMatch(th -> th.hasClass("campaign-col")));
    }

    @Test
    void theOwnHandbookRunsACampaignThatEveryProductMeets() {
        Path source = Fixtures.copyOwnHandbook(temp.resolve("own"));
        Path own = temp.resolve("own-site");
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", own.toString(), "--today", "2027-03-10");
        assertEquals(0, run.exitCode(), run.err());
        Document page = SiteLinks.parse(own.resolve("campaigns/short-missions.html"));
        assertEquals(
                "15 of 15 products done (100%)",
                page.selectFirst(".campaign-overall").text());
        assertEquals(
                "2027-09-30 (204 days left)",
                page.selectFirst(".campaign-deadline").text());
        assertEquals(
                "None: every product concerned is done.",
                page.selectFirst(".campaign-left p").text());
        assertEquals(
                "campaigns/short-missions.html",
                SiteLinks.parse(own.resolve("dashboard.html"))
                        .selectFirst("section.campaigns li a")
                        .attr("href"));
    }

    @Test
    void aContentPageCannotTakeACampaignPagesAddress() throws IOException {
        Path source = Fixtures.copy("campaign-runbooks", temp.resolve("reserved"));
        Files.createDirectories(source.resolve("content/campaigns"));
        Files.writeString(source.resolve("content/campaigns/runbooks.md"), "---\ntitle: Mine\n---\n\nMy own page.\n");
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString(), "--today", "2026-11-01");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.errLines().get(0).startsWith("content/campaigns/runbooks.md:"), run.err());
        assertTrue(run.errLines().get(0).endsWith("[reserved-address]"), run.err());
    }
}
