package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teams as pages (fixture teams-with-parent): Engineering holds Lamp Makers and Signal Software;
 * each owns a product, named by title or by slug. Baked on 2026-12-01, when the waivers of Lamp
 * Test Rig (until 2026-12-05) and Flash Code (until 2026-12-15) end within 30 days, and the
 * roadmaps campaign runs.
 */
class TeamsTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void bake() {
        Path source = Fixtures.copy("teams-with-parent", temp);
        site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", site.toString(), "--today", "2026-12-01");
        assertEquals(0, run.exitCode(), run.err());
    }

    static Document page(String path) {
        return SiteLinks.parse(site.resolve(path));
    }

    @Test
    void aTeamPageShowsItsMembersChannelAndParent() {
        Document lamps = page("teams/lamps.html");

        assertEquals("Lamp Makers", lamps.selectFirst("main h1").text());
        assertEquals(
                List.of("Tomas Berg", "Yuki Abe"),
                lamps.select(".team-members li").eachText());
        assertEquals(
                "https://chat.example.org/lamps",
                lamps.selectFirst(".team-channel a").attr("href"));
        assertEquals("engineering.html", lamps.selectFirst(".team-parent a").attr("href"));
        assertEquals(
                List.of("Lamp Makers", "Signal Software"),
                page("teams/engineering.html").select(".team-children a").eachText());
    }

    @Test
    void aTeamListsItsProductsWithDeclaredAndEarnedLevelAndItsChildTeamsProductsRolledUp() {
        Document engineering = page("teams/engineering.html");

        assertEquals(
                List.of("lamp-test"),
                engineering.select(".team-products tbody tr").eachAttr("data-slug"));
        assertEquals(
                List.of("lamps", "signals"),
                engineering.select("section.rolled-up").eachAttr("data-team"));
        assertEquals(
                List.of("Beacon"),
                engineering
                        .select("section.rolled-up[data-team=lamps] .product-name")
                        .eachText());
        assertEquals(
                List.of("loop", "prototype"),
                List.of(
                        engineering
                                .selectFirst("section.rolled-up[data-team=lamps] .declared")
                                .text(),
                        engineering
                                .selectFirst("section.rolled-up[data-team=lamps] .earned")
                                .text()));
        assertTrue(page("teams/lamps.html").select("section.rolled-up").isEmpty());
    }

    @Test
    void theToDoListPutsErrorsFirstThenEndingWaiversBySoonestThenCampaignsThenNextLevelNeeds() {
        Document engineering = page("teams/engineering.html");

        assertEquals(
                List.of(
                        "error Beacon (Lamp Makers): Feedback loop, missing, and loop requires it.",
                        "waiver ending Lamp Test Rig: Does not, waived until 2026-12-05.",
                        "waiver ending Flash Code (Signal Software): Feedback loop, waived until 2026-12-15.",
                        "campaign Flash Code (Signal Software): Roadmap, asked by the campaign"
                                + " \u201cEvery prototype says where it goes next\u201d, due 2027-01-31.",
                        "next level Beacon (Lamp Makers): Documentation, needed for steady.",
                        "next level Beacon (Lamp Makers): Brand, needed for steady.",
                        "next level Beacon (Lamp Makers): Community, needed for steady.",
                        "next level Lamp Test Rig: Interfaces, needed for prototype."),
                engineering.select(".todo-list > li").eachText());
        assertEquals(
                List.of("../products/beacon.html", "../products/lamp-test.html", "../products/flash-code.html"),
                engineering.select(".todo-list > li > a").eachAttr("href").subList(0, 3));
        assertEquals(
                List.of("loop", "does_not", "loop", "roadmap"),
                engineering
                        .select(".todo-list > li")
                        .eachAttr("data-characteristic")
                        .subList(0, 4));
    }

    @Test
    void aWaiverEndingLaterThanThirtyDaysIsNoToDoYet() {
        Path source = Fixtures.copy("teams-with-parent", temp.resolve("later"));
        Path later = temp.resolve("later-site");
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", later.toString(), "--today", "2026-11-14");
        assertEquals(0, run.exitCode(), run.err());

        Document signals = SiteLinks.parse(later.resolve("teams/signals.html"));
        assertEquals(
                List.of("campaign Flash Code: Roadmap, asked by the campaign"
                        + " \u201cEvery prototype says where it goes next\u201d, due 2027-01-31."),
                signals.select(".todo-list > li").eachText());
    }

    @Test
    void theHomePageListsTheTeamsInsteadOfOwners() {
        Document home = page("index.html");

        assertEquals(
                List.of("Engineering (3 products)", "Lamp Makers (1 product)", "Signal Software (1 product)"),
                home.select(".teams-at-a-glance li").eachText());
        assertEquals(
                "teams/engineering.html",
                home.selectFirst(".teams-at-a-glance a").attr("href"));
        assertEquals(
                List.of("3 products", "3 teams", "0 guides"),
                home.select(".figures li").eachText());
    }

    @Test
    void aProductsOwnerLinksToItsTeamAndNoOwnerPageIsMade() {
        Document beacon = page("products/beacon.html");

        assertEquals(
                "../teams/lamps.html", beacon.selectFirst(".facts .owner a").attr("href"));
        assertFalse(Files.exists(site.resolve("owners")));
    }

    @Test
    void teamsJsonListsEveryTeamWithItsProductsAndToDoCounts() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonText.parse(Files.readString(site.resolve("teams.json")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> teams = (List<Map<String, Object>>) json.get("teams");

        assertEquals(
                List.of("engineering", "lamps", "signals"),
                teams.stream().map(t -> t.get("slug")).toList());
        Map<String, Object> engineering = teams.get(0);
        assertEquals(List.of("lamps", "signals"), engineering.get("children"));
        assertEquals(List.of("lamp-test"), engineering.get("products"));
        assertEquals(List.of("beacon", "flash-code"), engineering.get("rolledUp"));
        assertEquals("engineering", teams.get(1).get("parent"));
        assertEquals(List.of("Tomas Berg", "Yuki Abe"), teams.get(1).get("members"));
        assertEquals(
                Map.of(
                        "error", 1L,
                        "waiver-ending", 2L,
                        "campaign", 1L,
                        "next-level", 4L,
                        "review", 0L,
                        "total", 8L),
                engineering.get("todo"));
    }

    @Test
    void theBackstageCatalogHasAGroupPerTeamAndComponentsOwnedByTheirGroup() throws IOException {
        assertEquals(
                List.of(
                        "apiVersion: backstage.io/v1alpha1",
                        "kind: Group",
                        "metadata:",
                        "  name: \"lamps\"",
                        "  title: \"Lamp Makers\"",
                        "  annotations:",
                        "    handbook/page: \"teams/lamps.html\"",
                        "spec:",
                        "  type: team",
                        "  profile:",
                        "    displayName: \"Lamp Makers\"",
                        "  parent: \"engineering\"",
                        "  children: []",
                        "  members:",
                        "    - \"tomas-berg\"",
                        "    - \"yuki-abe\""),
                Files.readAllLines(site.resolve("backstage/groups/lamps.yaml")));
        assertTrue(Files.readAllLines(site.resolve("backstage/groups/engineering.yaml"))
                .containsAll(List.of("  children:", "    - \"lamps\"", "    - \"signals\"")));
        assertTrue(Files.readAllLines(site.resolve("backstage/flash-code.catalog-info.yaml"))
                .contains("  owner: \"group:signals\""));
        assertTrue(
                Files.readAllLines(site.resolve("backstage/catalog.yaml")).contains("    - \"./groups/lamps.yaml\""));
    }
}
