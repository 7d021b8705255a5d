package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code owners: free} beside a team page (fixture free-owners): Gauge's owner names the Harbour
 * team, Buoy's is a person, who keeps an owner page with its own to-do list.
 */
class FreeOwnersTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void bake() {
        Path source = Fixtures.copy("free-owners", temp);
        site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", site.toString(), "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void anOwnerNamingATeamLinksToItAndAnyOtherKeepsAnOwnerPage() {
        assertEquals(
                "../teams/harbour.html",
                SiteLinks.parse(site.resolve("products/gauge.html"))
                        .selectFirst(".facts .owner a")
                        .attr("href"));
        assertEquals(
                "../owners/ana-lindqvist.html",
                SiteLinks.parse(site.resolve("products/buoy.html"))
                        .selectFirst(".facts .owner a")
                        .attr("href"));
        assertTrue(Files.notExists(site.resolve("owners/harbour.html")));
    }

    @Test
    void anOwnerPageHasTheToDoListOfItsProducts() {
        Document owner = SiteLinks.parse(site.resolve("owners/ana-lindqvist.html"));

        assertEquals(
                List.of(
                        "waiver ending Buoy: Roadmap, waived until 2026-12-10.",
                        "next level Buoy: Feedback loop, needed for loop."),
                owner.select(".todo-list > li").eachText());
        assertEquals(
                List.of("waiver-ending", "next-level"),
                owner.select(".todo-list > li").eachAttr("data-kind"));
    }

    @Test
    void theBackstageOwnerIsTheGroupOrTheOwnersName() throws IOException {
        assertTrue(Files.readAllLines(site.resolve("backstage/gauge.catalog-info.yaml"))
                .contains("  owner: \"group:harbour\""));
        assertTrue(Files.readAllLines(site.resolve("backstage/buoy.catalog-info.yaml"))
                .contains("  owner: \"ana-lindqvist\""));
    }
}
