package dev.handbook.it;

import dev.handbook.testing.DatedRepo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The harbour handbook's six dated commits (src/test/resources/history, one folder per commit):
 * Tidegauge climbs idea, prototype, loop and then earns less when site.yml's schema asks for docs;
 * Quay Camera is renamed and changes slug; Slipway is broken for a commit, then slips back to
 * prototype.
 */
final class HarbourHistory {

    private HarbourHistory() {}

    /** Makes the repository in {@code source}; each step's commit id, in order. */
    static Map<String, String> commit(Path source) {
        Map<String, String> commits = new LinkedHashMap<>();
        try (DatedRepo repo = DatedRepo.init(source)) {
            step(repo, commits, "1-start", "2026-01-10");
            step(repo, commits, "2-prototype", "2026-02-15");
            repo.move("content/products/old-name.md", "content/products/quay-camera.md");
            step(repo, commits, "3-loop-and-rename", "2026-03-04");
            step(repo, commits, "4-broken", "2026-04-01");
            step(repo, commits, "5-slipped", "2026-05-01");
            step(repo, commits, "6-schema", "2026-06-01");
        }
        return commits;
    }

    private static void step(DatedRepo repo, Map<String, String> commits, String step, String day) {
        repo.overlay(Path.of("src/test/resources/history", step));
        commits.put(step, repo.commit(LocalDate.parse(day), step));
    }
}
