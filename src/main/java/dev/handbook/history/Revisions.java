package dev.handbook.history;

import dev.handbook.parse.ContentFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The commits of the repository a handbook lives in, for comparing two of them (or one with the
 * work tree): names resolved to commits, the default base of a change, a commit's handbook files
 * written out to a folder, and which pages were renamed in between (JGit's rename detection, as the
 * history walk uses it).
 */
public final class Revisions implements AutoCloseable {

    /** A ref that names no commit, or a folder that is in no repository: a usage error. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static final List<String> DEFAULT_BRANCHES =
            List.of("refs/remotes/origin/HEAD", "refs/heads/main", "refs/heads/master");

    private final Repository repo;
    private final String prefix;

    private Revisions(Repository repo, String prefix) {
        this.repo = repo;
        this.prefix = prefix;
    }

    /** The repository holding this handbook folder. */
    public static Revisions of(Path sourceDir) throws Unreadable {
        Repository repo = HistoryReader.open(sourceDir)
                .orElseThrow(() -> new Unreadable(sourceDir + " is not in a git repository"));
        try {
            return new Revisions(repo, HistoryReader.prefix(repo, sourceDir));
        } catch (IOException e) {
            repo.close();
            throw new Unreadable("the git repository of " + sourceDir + " could not be read: " + e.getMessage());
        }
    }

    /** The full id of the commit a name (a branch, tag, id, {@code HEAD~2}) points at. */
    public String resolve(String ref) throws Unreadable {
        try {
            ObjectId id = repo.resolve(ref + "^{commit}");
            if (id == null) {
                throw new Unreadable(ref + " names no commit in this repository");
            }
            return id.name();
        } catch (IOException | RevisionSyntaxException e) {
            throw new Unreadable(ref + " names no commit in this repository");
        }
    }

    /**
     * Where a change starts: the merge base of its head (a commit id, or null for HEAD) with the
     * default branch (origin/HEAD, else main, else master), or HEAD when there is no such branch or
     * no common commit.
     */
    public String defaultBase(String headCommit) throws Unreadable {
        String head = headCommit == null ? resolve(Constants.HEAD) : headCommit;
        for (String branch : DEFAULT_BRANCHES) {
            Optional<String> base = branchTip(branch).flatMap(tip -> mergeBase(tip, head));
            if (base.isPresent()) {
                return base.get();
            }
        }
        return resolve(Constants.HEAD);
    }

    private Optional<String> branchTip(String name) {
        try {
            Ref ref = repo.exactRef(name);
            return ref == null || ref.getObjectId() == null
                    ? Optional.empty()
                    : Optional.of(ref.getObjectId().name());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<String> mergeBase(String a, String b) {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ObjectId.fromString(a)));
            walk.markStart(walk.parseCommit(ObjectId.fromString(b)));
            RevCommit base = walk.next();
            return Optional.ofNullable(base).map(RevCommit::name);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the handbook folder's files as they are in a commit into {@code target}. */
    public void export(String commit, Path target) throws IOException {
        try (RevWalk walk = new RevWalk(repo);
                TreeWalk files = new TreeWalk(repo)) {
            files.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            files.setRecursive(true);
            if (!prefix.isEmpty()) {
                files.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            }
            while (files.next()) {
                if (files.getFileMode(0) == FileMode.REGULAR_FILE || files.getFileMode(0) == FileMode.EXECUTABLE_FILE) {
                    Path file = target.resolve(files.getPathString().substring(prefix.length()));
                    Files.createDirectories(file.getParent());
                    Files.write(file, repo.open(files.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE));
                }
            }
        }
    }

    /**
     * The pages renamed between a commit and another commit (or the work tree, uncommitted and
     * untracked files included), content-relative: old path to new path.
     *
     * @param head a commit id, or null for the work tree
     * @param contentDir the content folder relative to the handbook folder
     */
    public Map<String, String> renamedPages(String base, String head, String contentDir) throws IOException {
        String folder = prefix + contentDir;
        Map<String, String> renamed = new LinkedHashMap<>();
        try (ObjectReader reader = repo.newObjectReader();
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDetectRenames(true);
            diff.setPathFilter(PathFilter.create(folder));
            for (DiffEntry entry : diff.scan(tree(base, reader), head == null ? worktree() : tree(head, reader))) {
                String from = page(entry.getOldPath(), folder);
                String to = page(entry.getNewPath(), folder);
                if (entry.getChangeType() == DiffEntry.ChangeType.RENAME && from != null && to != null) {
                    renamed.put(from, to);
                }
            }
        }
        return renamed;
    }

    private AbstractTreeIterator worktree() {
        if (repo.isBare()) {
            throw new UncheckedIOException(new IOException("a bare repository has no work tree to compare"));
        }
        return new FileTreeIterator(repo);
    }

    private AbstractTreeIterator tree(String commit, ObjectReader reader) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            return new CanonicalTreeParser(
                    null, reader, walk.parseCommit(ObjectId.fromString(commit)).getTree());
        }
    }

    private static String page(String repoPath, String folder) {
        if (repoPath == null || !repoPath.startsWith(folder + "/")) {
            return null;
        }
        String relative = repoPath.substring(folder.length() + 1);
        return ContentFiles.isPage(relative) ? relative : null;
    }

    @Override
    public void close() {
        repo.close();
    }
}
