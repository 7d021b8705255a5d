package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Last updated" comes from the page's last commit when the handbook is a git repository. */
class GitDatesTest {

    @TempDir
    Path repo;

    @Test
    void newestCommitTouchingAFileDatesIt() throws Exception {
        Path content = Files.createDirectories(repo.resolve("content/products"));
        Files.writeString(content.resolve("a.md"), "# A\n");
        Files.writeString(content.resolve("b.md"), "# B\n");
        assumeTrue(git("init", "-q") == 0, "git is not available");
        commit("2026-01-02T03:04:05Z", "first");
        Files.writeString(content.resolve("b.md"), "# B, again\n");
        commit("2026-05-06T07:08:09Z", "second");

        Map<String, Instant> dates = GitDates.of(repo.resolve("content"));

        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), dates.get("products/a.md"));
        assertEquals(Instant.parse("2026-05-06T07:08:09Z"), dates.get("products/b.md"));
    }

    @Test
    void outsideARepositoryThereAreNoDates() throws IOException {
        Files.createDirectories(repo.resolve("content"));
        assertEquals(Map.of(), GitDates.of(repo.resolve("content")));
    }

    private void commit(String date, String message) throws Exception {
        assertEquals(0, git("add", "-A"));
        ProcessBuilder builder =
                command("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        assertEquals(0, builder.start().waitFor());
    }

    private int git(String... args) throws Exception {
        try {
            return command(args).start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    private ProcessBuilder command(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
}
