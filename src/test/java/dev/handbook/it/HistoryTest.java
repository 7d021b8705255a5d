package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook with six dated commits (src/test/resources/history, one folder per commit): Tidegauge
 * climbs idea, prototype, loop and then earns less when site.yml's schema asks for docs; Quay Camera
 * is renamed and changes slug; Slipway is broken for a commit, then slips back to prototype.
 */
class HistoryTest {

    static final String TODAY = "2026-06-20";

    @TempDir
    static Path temp;

    static Path source;
    static Path site;
    static Fixtures.Run run;
    static final Map<String, String> commits = new LinkedHashMap<>();

    @BeforeAll
    static void bake() {
        source = temp.resolve("handbook");
        commits.putAll(HarbourHistory.commit(source));
        site = temp.resolve("site");
        run = build();
    }

    private static Fixtures.Run build() {
        return Fixtures.cli("build", "--source", source.toString(), "--output", site.toString(), "--today", TODAY);
    }

    @Test
    void buildsAndSaysHowManyCommitsItRead() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.errLines().contains("read history of 6 new commits in " + seconds(run)), run.err());
    }

    private static String seconds(Fixtures.Run run) {
        return run.errLines().stream()
                .filter(l -> l.startsWith("read history of"))
                .findFirst()
                .map(l -> l.substring(l.lastIndexOf(" in ") + 4))
                .orElse("?");
    }

    @Test
    void productsJsonHoldsEachProductsHistory() throws IOException {
        assertEquals(
                List.of(
                        entry("2026-01-10", "1-start", "idea", "idea"),
                        entry("2026-02-15", "2-prototype", "prototype", "prototype"),
                        entry("2026-03-04", "3-loop-and-rename", "loop", "loop"),
                        entry("2026-06-01", "6-schema", "loop", "prototype")),
                history("tidegauge"));
        assertEquals(List.of(entry("2026-01-10", "1-start", "prototype", "prototype")), history("quay-camera"));
        assertEquals(
                List.of(
                        entry("2026-01-10", "1-start", "loop", "loop"),
                        entry("2026-04-01", "4-broken", null, null),
                        entry("2026-05-01", "5-slipped", "prototype", "prototype")),
                history("slipway"));
    }

    private static Map<String, Object> entry(String date, String step, String declared, String earned) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", date);
        entry.put("commit", commits.get(step));
        entry.put("declared", declared);
        entry.put("earned", earned);
        return entry;
    }

    @SuppressWarnings("unchecked")
    private static Object history(String slug) throws IOException {
        Map<String, Object> json =
                (Map<String, Object>) JsonText.parse(Files.readString(site.resolve("products.json")));
        return ((List<Map<String, Object>>) json.get("products"))
                .stream()
                        .filter(p -> p.get("slug").equals(slug))
                        .findFirst()
                        .orElseThrow()
                        .get("history");
    }

    @Test
    void productPageShowsTimelineSinceAndFirstDates() {
        Document page = SiteLinks.parse(site.resolve("products/tidegauge.html"));
        assertEquals(
                "at loop since 2026-03-04 (108 days)",
                page.selectFirst(".history-facts .since").text());
        assertEquals(
                "reviewed 2026-03-04, due 2026-05-03 (overdue)",
                page.selectFirst(".history-facts .review").text());
        assertEquals(
                "First reached: idea 2026-01-10, prototype 2026-02-15, loop 2026-03-04.",
                page.selectFirst(".timeline .first-reached").text());
        List<String> rows = new ArrayList<>();
        for (Element row : page.select(".timeline table.timeline-points tbody tr")) {
            rows.add(row.select("td").eachText().subList(0, 3) + (row.hasClass("regression") ? " regression" : ""));
        }
        assertEquals(
                List.of(
                        "[2026-01-10, idea, idea]",
                        "[2026-02-15, prototype, prototype]",
                        "[2026-03-04, loop, loop]",
                        "[2026-06-01, loop, prototype] regression"),
                rows);
        Element svg = page.selectFirst(".timeline svg.timeline-strip");
        assertEquals(1, svg.select("path.regression").size());
        assertEquals(4, svg.select("g.lane-declared rect").size());
    }

    @Test
    void aBrokenCommitIsNoRegressionButTheSlipAfterItIs() {
        Document page = SiteLinks.parse(site.resolve("products/slipway.html"));
        List<String> marked = page.select(".timeline tbody tr").stream()
                .map(row -> row.selectFirst("td").text() + " " + row.hasClass("regression"))
                .toList();
        assertEquals(List.of("2026-01-10 false", "2026-04-01 false", "2026-05-01 true"), marked);
    }

    @Test
    void dashboardCountsProductsPerLevelAtEachMonthEnd() {
        Document dashboard = SiteLinks.parse(site.resolve("dashboard.html"));
        List<String> rows = dashboard.select("table.month-ends tbody tr").stream()
                .map(row -> String.join(" ", row.select("th, td").eachText()))
                .toList();
        assertEquals(12, rows.size());
        assertEquals("2025-07-31 0 0 0 0", rows.get(0));
        assertEquals(
                List.of(
                        "2026-01-31 1 1 1 0",
                        "2026-02-28 0 2 1 0",
                        "2026-03-31 0 1 2 0",
                        "2026-04-30 0 1 1 0",
                        "2026-05-31 0 2 1 0",
                        "2026-06-20 0 2 1 0"),
                rows.subList(6, 12));
        assertEquals(12, dashboard.select("svg.stacked g.bar").size());
    }

    @Test
    void dashboardListsTheLastThirtyDaysAndTheReviewsDue() {
        Document dashboard = SiteLinks.parse(site.resolve("dashboard.html"));
        List<String> changes = dashboard.select("table.recent-changes tbody tr").stream()
                .map(row -> String.join(" | ", row.select("td").eachText()))
                .toList();
        assertEquals(List.of("2026-06-01 | Tidegauge | regression | loop | loop"), changes);
        assertEquals(
                "products/tidegauge.html",
                dashboard.selectFirst("table.recent-changes a").attr("href"));
        List<String> due = dashboard.select("table.reviews-due tbody tr").stream()
                .map(row -> String.join(" | ", row.select("td").eachText()))
                .toList();
        assertEquals(
                List.of("Tidegauge | 2026-03-04 | 2026-05-03 (overdue)", "Quay Camera | 2026-03-04 | 2026-07-02"), due);
    }

    @Test
    void matrixShowsWhenEachReviewIsDue() {
        Document matrix = SiteLinks.parse(site.resolve("matrix.html"));
        List<String> due = matrix.select("table.matrix tbody tr").stream()
                .map(row -> row.selectFirst("th").text() + ": "
                        + row.selectFirst("td.review-due").text())
                .toList();
        assertEquals(List.of("Quay Camera: 2026-07-02", "Slipway: 2026-08-29", "Tidegauge: 2026-05-03 (overdue)"), due);
    }

    @Test
    void checkWarnsAboutTheStalePageAgainstToday() {
        Fixtures.Run check = Fixtures.cli("check", "--source", source.toString(), "--today", TODAY);
        assertEquals(0, check.exitCode(), check.err());
        List<String> stale =
                check.err().lines().filter(l -> l.endsWith("[stale-page]")).toList();
        assertEquals(
                List.of("content/products/tidegauge.md:4:1: warning: last reviewed 2026-03-04 (its newest commit), "
                        + "due 2026-05-03: `loop` asks for a review every 60 days; read the page through, fix what is "
                        + "no longer true and set `last_reviewed: 2026-06-20` [stale-page]"),
                stale);
        Fixtures.Run earlier = Fixtures.cli("check", "--source", source.toString(), "--today", "2026-05-03");
        assertEquals(
                List.of(),
                earlier.err().lines().filter(l -> l.endsWith("[stale-page]")).toList());
    }
}
