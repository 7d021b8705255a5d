package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.DatedRepo;
import dev.handbook.testing.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} between commits of the dated history fixture (src/test/resources/history, one folder
 * per commit, as {@link HistoryTest} builds it) and against uncommitted changes, in every format.
 */
class DiffTest {

    static final String TODAY = "2026-06-20";

    @TempDir
    static Path temp;

    static Path source;
    static final Map<String, String> commits = new LinkedHashMap<>();

    @BeforeAll
    static void repo() {
        source = temp.resolve("handbook");
        commits.putAll(HarbourHistory.commit(source));
    }

    private static Fixtures.Run diff(String base, String head, String format, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "diff", "--source", source.toString(), "--base", commits.get(base), "--head", commits.get(head)));
        args.addAll(List.of("--format", format, "--today", TODAY));
        args.addAll(List.of(more));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Fixtures.Run run) {
        return (Map<String, Object>) JsonText.parse(run.out());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> product(Map<String, Object> json, String slug) {
        return ((List<Map<String, Object>>) json.get("products"))
                .stream()
                        .filter(p -> p.get("slug").equals(slug))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + slug + " in " + json));
    }

    @Test
    void jsonNamesTheClimbAndTheRenameWithWhatWasAdded() {
        Fixtures.Run run = diff("1-start", "3-loop-and-rename", "json", "--fail-on", "regression");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = json(run);
        assertEquals(commits.get("1-start"), json.get("base"));
        assertEquals(commits.get("3-loop-and-rename"), json.get("head"));
        assertEquals(2, ((List<?>) json.get("products")).size(), run.out());

        Map<String, Object> tidegauge = product(json, "tidegauge");
        assertEquals("changed", tidegauge.get("change"));
        assertEquals(List.of("idea", "loop"), tidegauge.get("declared"));
        assertEquals(List.of("idea", "loop"), tidegauge.get("earned"));
        assertEquals(
                Map.of(
                        "added", List.of("does_not", "interfaces", "loop", "roadmap"),
                        "removed", List.of(),
                        "placeholders", List.of()),
                tidegauge.get("characteristics"));

        Map<String, Object> camera = product(json, "quay-camera");
        assertEquals("renamed", camera.get("change"));
        assertEquals("old-name", camera.get("from"));
        assertEquals(List.of("prototype", "prototype"), camera.get("earned"));
        assertEquals(Map.of("new", List.of(), "fixed", List.of()), json.get("findings"));
    }

    @Test
    void aDropFailsOnlyWhenAskedAndIsAnnotatedAtTheClaim() {
        Fixtures.Run plain = diff("3-loop-and-rename", "5-slipped", "github");
        assertEquals(0, plain.exitCode(), plain.err());

        Fixtures.Run run = diff("3-loop-and-rename", "5-slipped", "github", "--fail-on", "regression");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "::warning file=content/products/slipway.md,line=4,col=1,title=handbook diff::Slipway earns"
                                + " prototype, not loop as before: declares prototype instead of loop; removed roadmap",
                        "handbook diff: 1 product down a level"),
                run.out().lines().toList());
    }

    @Test
    void aPageThatBreaksIsADropWithItsNewErrorNotARemoval() {
        Fixtures.Run run = diff("3-loop-and-rename", "4-broken", "text");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(
                "handbook " + commits.get("3-loop-and-rename").substring(0, 12) + ".."
                        + commits.get("4-broken").substring(0, 12) + ": 1 product down a level, 2 new errors",
                lines.get(0));
        assertEquals(
                "  slipway (changed): loop -> none earned, loop -> none declared; no longer read as a product page;"
                        + " 1 new error",
                lines.get(1));
        assertTrue(
                lines.get(2).startsWith("  new: content/products/slipway.md:11:11: error: YAML syntax error"),
                run.out());
        assertTrue(lines.get(2).endsWith("[yaml-syntax]"), run.out());
        assertTrue(
                lines.get(3)
                        .startsWith(
                                "  new: content/products/tidegauge.md:12:14: error: no product has the slug `slipway`"),
                run.out());
        assertEquals(4, lines.size(), run.out());

        Fixtures.Run github = diff("3-loop-and-rename", "4-broken", "github", "--fail-on", "regression");
        assertEquals(1, github.exitCode(), github.err());
        assertTrue(
                github.out()
                        .lines()
                        .findFirst()
                        .orElseThrow()
                        .startsWith(
                                "::warning file=content/products/slipway.md,line=11,col=11,title=handbook diff::Slipway earns none,"),
                github.out());
        assertTrue(
                github.out()
                        .contains("::error file=content/products/slipway.md,line=11,col=11,title=yaml-syntax::new: "),
                github.out());
    }

    @Test
    void markdownHasAHeadlineATableAndTheFixedFindings() {
        Fixtures.Run mended = diff("4-broken", "5-slipped", "markdown");
        assertEquals(0, mended.exitCode(), mended.err());
        List<String> lines = mended.out().lines().toList();
        assertEquals("### Handbook: 1 product up a level, 2 findings fixed", lines.get(0));
        assertTrue(
                lines.contains("| Slipway (`slipway`) | none | prototype | read as a product page again |"),
                mended.out());
        assertTrue(lines.contains("<details><summary>Fixed findings: 2</summary>"), mended.out());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("- `content/products/slipway.md:11:11` error: YAML syntax error")),
                mended.out());

        Fixtures.Run schema = diff("5-slipped", "6-schema", "markdown");
        assertTrue(
                schema.out()
                        .lines()
                        .toList()
                        .contains(
                                "| Tidegauge (`tidegauge`) | loop | prototype (declares loop) | site.yml's schema changed |"),
                schema.out());
        assertEquals(
                "### Handbook: 1 product down a level, 1 new warning",
                schema.out().lines().findFirst().orElseThrow());
    }

    @Test
    void theWorkTreeIsComparedWithHeadUncommittedAndUntrackedFilesIncluded() throws IOException {
        Path clone = Fixtures.copyTree(source, temp.resolve("worktree"));
        Path tidegauge = clone.resolve("content/products/tidegauge.md");
        Files.writeString(
                tidegauge,
                Files.readString(tidegauge)
                        .replace("loop: Readings that look wrong become tickets, triaged every Monday.", "loop: TODO"));
        Files.writeString(clone.resolve("content/products/buoy.md"), """
                ---
                title: Buoy
                type: product
                maturity: idea
                mission: Buoy marks the channel so that boats find the harbour mouth in fog.
                owner: Harbour Office
                alignment: direct
                alignment_note: Boats that find the mouth do not run aground on the wall.
                ---

                A float with a light.
                """);

        Fixtures.Run run = Fixtures.cli(
                "diff", "--source", clone.toString(), "--format", "json", "--today", TODAY, "--fail-on", "regression");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        Map<String, Object> json = json(run);
        assertEquals(commits.get("6-schema"), json.get("base"));
        assertEquals("worktree", json.get("head"));
        assertEquals("added", product(json, "buoy").get("change"));
        assertEquals(
                java.util.Arrays.asList(null, "idea"), product(json, "buoy").get("earned"));
        Map<String, Object> gauge = product(json, "tidegauge");
        assertEquals(List.of("prototype", "prototype"), gauge.get("earned"), run.out());
        assertEquals(
                Map.of("added", List.of(), "removed", List.of("loop"), "placeholders", List.of("loop")),
                gauge.get("characteristics"));

        Fixtures.Run markdown =
                Fixtures.cli("diff", "--source", clone.toString(), "--format", "markdown", "--today", TODAY);
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(markdown.out().contains("with the working tree."), markdown.out());
        assertTrue(markdown.out().contains("| Buoy (`buoy`) | - | idea | new page products/buoy.md |"), markdown.out());
    }

    @Test
    void theDefaultBaseIsWhereTheBranchLeftTheDefaultBranch() throws Exception {
        Path clone = Fixtures.copyTree(source, temp.resolve("branch"));
        try (Git git = Git.open(clone.toFile())) {
            git.checkout()
                    .setCreateBranch(true)
                    .setName("feature")
                    .setStartPoint(commits.get("3-loop-and-rename"))
                    .call();
        }
        Path slipway = clone.resolve("content/products/slipway.md");
        Files.writeString(slipway, Files.readString(slipway).replace("roadmap: A second winch by next autumn.\n", ""));
        try (DatedRepo repo = DatedRepo.open(clone)) {
            repo.commit(LocalDate.parse("2026-06-10"), "drop the roadmap");
        }

        Fixtures.Run run = Fixtures.cli("diff", "--source", clone.toString(), "--format", "json", "--today", TODAY);
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = json(run);
        assertEquals(commits.get("3-loop-and-rename"), json.get("base"), "the merge base with main, not main's tip");
        assertEquals(1, ((List<?>) json.get("products")).size(), run.out());
        assertEquals(List.of("loop", "prototype"), product(json, "slipway").get("earned"));
    }

    @Test
    void aBaseFromBeforeTheHandbookExistedIsAnEmptyHandbook() throws IOException {
        Path fresh = temp.resolve("fresh");
        Files.createDirectories(fresh);
        Files.writeString(fresh.resolve("README.md"), "A repository that gains a handbook later.\n");
        try (DatedRepo repo = DatedRepo.init(fresh)) {
            repo.commit(LocalDate.parse("2026-01-01"), "only a readme");
            repo.overlay(Path.of("src/test/resources/history/1-start"));
        }
        Fixtures.Run run = Fixtures.cli("diff", "--source", fresh.toString(), "--today", TODAY, "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("### Handbook: 3 new products, 1 finding fixed", lines.get(0));
        assertTrue(
                lines.contains("- error: there is no content folder at content; create it and put Markdown pages in it"
                        + " [usage]"),
                run.out());
    }

    @Test
    void aBadRefAFolderOutsideGitAndABadFormatAreUsageErrors() {
        Fixtures.Run ref = Fixtures.cli("diff", "--source", source.toString(), "--base", "no-such-branch");
        assertEquals(2, ref.exitCode());
        assertEquals(
                "error: no-such-branch names no commit in this repository",
                ref.err().strip());

        Path plain = Fixtures.copy("one-product", temp.resolve("plain"));
        Fixtures.Run outside = Fixtures.cli("diff", "--source", plain.toString());
        assertEquals(2, outside.exitCode());
        assertEquals(
                "error: " + plain + " is not in a git repository", outside.err().strip());

        Fixtures.Run format = Fixtures.cli("diff", "--source", source.toString(), "--format", "sarif");
        assertEquals(2, format.exitCode());
        assertEquals(
                "error: unknown --format sarif; use text, markdown, json or github",
                format.err().strip());
    }
}
