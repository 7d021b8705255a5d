package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.DatedRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history cache beside the output, a review date in front matter, and history that is missing or cut short. */
class HistoryCacheTest {

    @TempDir
    Path temp;

    private Path repo(int steps) {
        Path source = temp.resolve("handbook");
        List<String> all = List.of("1-start", "2-prototype", "3-loop-and-rename", "4-broken", "5-slipped", "6-schema");
        List<String> days = List.of("2026-01-10", "2026-02-15", "2026-03-04", "2026-04-01", "2026-05-01", "2026-06-01");
        try (DatedRepo repo = DatedRepo.init(source)) {
            for (int i = 0; i < steps; i++) {
                if (i == 2) {
                    repo.move("content/products/old-name.md", "content/products/quay-camera.md");
                }
                repo.overlay(Path.of("src/test/resources/history", all.get(i)));
                repo.commit(LocalDate.parse(days.get(i)), all.get(i));
            }
        }
        return source;
    }

    private static Fixtures.Run build(Path source, Path site) {
        return Fixtures.cli(
                "build", "--source", source.toString(), "--output", site.toString(), "--today", "2026-06-20");
    }

    private static String historyLine(Fixtures.Run run) {
        return run.errLines().stream()
                .filter(l -> l.startsWith("read history of"))
                .map(l -> l.substring(0, l.lastIndexOf(" in ")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aBuildAfterOneNewCommitReadsOneCommitAndShowsWhatAFullReadShows() throws IOException {
        Path source = repo(5);
        Path site = temp.resolve("site");
        assertEquals("read history of 5 new commits", historyLine(build(source, site)));
        assertTrue(Files.isRegularFile(temp.resolve("site.history")));
        try (DatedRepo repo = DatedRepo.open(source)) {
            repo.overlay(Path.of("src/test/resources/history/6-schema"));
            repo.commit(LocalDate.parse("2026-06-01"), "6-schema");
        }
        Fixtures.Run again = build(source, site);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("read history of 1 new commit", historyLine(again));
        Path fresh = temp.resolve("fresh");
        assertEquals("read history of 6 new commits", historyLine(build(source, fresh)));
        assertEquals(Files.readString(fresh.resolve("products.json")), Files.readString(site.resolve("products.json")));
    }

    @Test
    void aCommitThatChangesNoFileStillRebuildsWithItsHistory() {
        Path source = repo(6);
        Path site = temp.resolve("site");
        build(source, site);
        try (DatedRepo repo = DatedRepo.open(source)) {
            repo.commitEmpty(LocalDate.parse("2026-06-10"), "nothing but a date");
        }
        assertEquals("read history of 1 new commit", historyLine(build(source, site)));
    }

    @Test
    void lastReviewedInFrontMatterIsTheReview() throws IOException {
        Path source = repo(6);
        Path page = source.resolve("content/products/tidegauge.md");
        Files.writeString(
                page,
                Files.readString(page).replace("maturity: loop\n", "maturity: loop\nlast_reviewed: 2026-06-10\n"));
        Path site = temp.resolve("site");
        Fixtures.Run run = build(source, site);
        assertEquals(
                List.of(),
                run.errLines().stream().filter(l -> l.endsWith("[stale-page]")).toList());
        Document product = SiteLinks.parse(site.resolve("products/tidegauge.html"));
        assertEquals(
                "reviewed 2026-06-10, due 2026-08-09",
                product.selectFirst(".history-facts .review").text());
    }

    @Test
    void aFolderThatIsNoRepositoryBuildsWithOnePlainNote() {
        Path source = Fixtures.copyTree(Path.of("src/test/resources/history/1-start"), temp.resolve("plain"));
        Path site = temp.resolve("site");
        Fixtures.Run run = build(source, site);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of("history: the handbook is not in a git repository, so product pages show no timeline"),
                run.errLines().stream().filter(l -> l.startsWith("history")).toList());
        assertNull(historyLine(run));
        assertNull(SiteLinks.parse(site.resolve("products/tidegauge.html")).selectFirst(".timeline"));
    }

    @Test
    void aShallowCloneSaysSoAndShowsWhatItHas() throws Exception {
        Path origin = repo(6);
        Path clone = temp.resolve("clone");
        try (Git git = Git.cloneRepository()
                .setURI(origin.toUri().toString())
                .setDirectory(clone.toFile())
                .setDepth(2)
                .call()) {
            // two commits: 5-slipped and 6-schema
        }
        Path site = temp.resolve("site");
        Fixtures.Run run = build(clone, site);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of("history: this is a shallow clone, so timelines start at its oldest commit; "
                        + "fetch the whole history (git fetch --unshallow) to see more"),
                run.errLines().stream().filter(l -> l.startsWith("history")).toList());
        assertEquals("read history of 2 new commits", historyLine(run));
        Document product = SiteLinks.parse(site.resolve("products/tidegauge.html"));
        assertEquals(
                List.of("2026-05-01", "2026-06-01"),
                product.select(".timeline tbody tr td:first-child").eachText());
    }
}
