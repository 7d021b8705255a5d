package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.testing.DatedRepo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffTest {

    @TempDir
    static Path temp;

    static Path source;
    static final Map<String, String> commits = new LinkedHashMap<>();

    @BeforeAll
    static void repo() {
        source = temp.resolve("handbook");
        try (DatedRepo repo = DatedRepo.init(source)) {
            commit(repo, "1-start", "2026-01-10");
            commit(repo, "2-prototype", "2026-02-15");
            repo.move("content/products/old-name.md", "content/products/quay-camera.md");
            commit(repo, "3-loop-and-rename", "2026-03-04");
            commit(repo, "4-broken", "2026-04-01");
            commit(repo, "5-slipped", "2026-05-01");
            commit(repo, "6-schema", "2026-06-01");
        }
    }

    private static void commit(DatedRepo repo, String step, String day) {
        repo.overlay(Path.of("src/test/resources/history", step));
        commits.put(step, repo.commit(LocalDate.parse(day), step));
    }

    @Test
    void explore() {
        for (String[] pair : new String[][] {
            {"1-start", "3-loop-and-rename"},
            {"3-loop-and-rename", "4-broken"},
            {"4-broken", "5-slipped"},
            {"3-loop-and-rename", "5-slipped"},
            {"5-slipped", "6-schema"}
        }) {
            for (String format : new String[] {"text", "markdown", "json", "github"}) {
                Fixtures.Run run = Fixtures.cli(
                        "diff",
                        "--source",
                        source.toString(),
                        "--base",
                        commits.get(pair[0]),
                        "--head",
                        commits.get(pair[1]),
                        "--format",
                        format,
                        "--today",
                        "2026-06-20",
                        "--fail-on",
                        "regression");
                System.out.println("=== " + pair[0] + ".." + pair[1] + " " + format + " exit " + run.exitCode());
                System.out.println(run.out());
                System.out.println(run.err());
            }
        }
        Fixtures.Run run = Fixtures.cli("diff", "--source", source.toString(), "--today", "2026-06-20");
        System.out.println("=== worktree " + run.exitCode() + run.out() + run.err());
        assertEquals(0, 0);
    }
}
