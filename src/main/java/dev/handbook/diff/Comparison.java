package dev.handbook.diff;

import dev.handbook.history.Revisions;
import dev.handbook.output.StagedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Compares the handbook at one commit with the handbook at another commit or in the work tree: each
 * commit's files are written to a folder of their own and checked as {@code check} would, so the
 * work tree is only read.
 */
public final class Comparison {

    private final Path sourceDir;
    private final LocalDate today;

    /** @param today the day both sides are judged on, so that dates alone move nothing */
    public Comparison(Path sourceDir, LocalDate today) {
        this.sourceDir = sourceDir;
        this.today = today;
    }

    /**
     * @param baseRef a commit name, or null for the merge base with the default branch (else HEAD)
     * @param headRef a commit name, or null for the work tree, uncommitted and untracked files included
     */
    public HandbookDiff run(String baseRef, String headRef) throws Revisions.Unreadable, IOException {
        try (Revisions revisions = Revisions.of(sourceDir)) {
            String head = headRef == null ? null : revisions.resolve(headRef);
            String base = baseRef == null ? revisions.defaultBase(head) : revisions.resolve(baseRef);
            Path scratch = Files.createTempDirectory("handbook-diff");
            try {
                HandbookState before = state(revisions, base, scratch.resolve("base"));
                HandbookState after = head == null
                        ? HandbookState.read(sourceDir, HandbookDiff.WORKTREE, today)
                        : state(revisions, head, scratch.resolve("head"));
                Map<String, String> renamed = revisions.renamedPages(base, head, before.contentDir());
                return HandbookDiff.between(before, after, renamed);
            } finally {
                StagedOutput.deleteTree(scratch);
            }
        }
    }

    private HandbookState state(Revisions revisions, String commit, Path folder) throws IOException {
        Files.createDirectories(folder);
        revisions.export(commit, folder);
        return HandbookState.read(folder, commit, today);
    }
}
