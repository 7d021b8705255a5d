package dev.handbook.history;

import dev.handbook.config.Schema;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.parse.ContentFiles;
import dev.handbook.validate.PastPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads a handbook's history from git, in-process with JGit: the first-parent line of HEAD, oldest
 * commit first, each diffed against its parent (renames followed), each changed product page judged
 * by {@link PastPage} under the schema of that commit's site.yml. Starts from the cache when it
 * describes an ancestor of HEAD, so a build after one new commit reads one commit.
 */
public final class HistoryReader {

    /** Stamped into the cache: a new way of judging reads the whole history again. */
    static final String FORMAT = "handbook-history 1";

    private final Path sourceDir;
    private final String contentDir;

    /** @param contentDir the content folder, relative to the source folder (site.yml's {@code paths.content}) */
    public HistoryReader(Path sourceDir, String contentDir) {
        this.sourceDir = sourceDir;
        this.contentDir = contentDir;
    }

    /**
     * @param cache the cache file (read when present; written when {@code save}), or null for none
     */
    public History read(Path cache, boolean save) {
        Optional<Repository> found = open();
        if (found.isEmpty()) {
            return History.none("history: the handbook is not in a git repository, so product pages show no timeline");
        }
        try (Repository repo = found.get()) {
            ObjectId head = repo.resolve("HEAD");
            if (head == null) {
                return History.none("history: the repository has no commits yet, so product pages show no timeline");
            }
            String prefix = prefix(repo);
            String key = FORMAT + " " + prefix + contentDir;
            Walk walk = new Walk(repo, prefix + contentDir + "/", prefix + SiteConfigLoader.FILE_NAME);
            int read = walk.from(cache == null ? Optional.empty() : HistoryCache.load(cache, key), head);
            History history = walk.history(head.name(), note(repo), read);
            if (save && cache != null && read > 0) {
                HistoryCache.save(cache, key, head.name(), walk.lineages());
            }
            return history;
        } catch (IOException e) {
            return History.none("history: the git history could not be read, so product pages show no timeline");
        }
    }

    /**
     * The commit HEAD names, or "" outside a repository: a build after a commit that changed no
     * file still has a new history to show.
     */
    public String head() {
        Optional<Repository> found = open();
        if (found.isEmpty()) {
            return "";
        }
        try (Repository repo = found.get()) {
            ObjectId head = repo.resolve("HEAD");
            return head == null ? "" : head.name();
        } catch (IOException e) {
            return "";
        }
    }

    /** The history cache of a site folder: beside it, so publishing the site never touches it. */
    public static Path cacheBeside(Path site) {
        return HistoryCache.beside(site);
    }

    private Optional<Repository> open() {
        return open(sourceDir);
    }

    /** The repository the folder is in, if any. */
    static Optional<Repository> open(Path sourceDir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(sourceDir.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(builder.setMustExist(true).build());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The source folder's path in the repository, "" or ending in "/". */
    private String prefix(Repository repo) throws IOException {
        return prefix(repo, sourceDir);
    }

    static String prefix(Repository repo, Path sourceDir) throws IOException {
        if (repo.isBare()) {
            return "";
        }
        Path top = repo.getWorkTree().toPath().toRealPath();
        String relative = top.relativize(sourceDir.toRealPath()).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
    }

    private static String note(Repository repo) throws IOException {
        return repo.getObjectDatabase().getShallowCommits().isEmpty()
                ? ""
                : "history: this is a shallow clone, so timelines start at its oldest commit; "
                        + "fetch the whole history (git fetch --unshallow) to see more";
    }

    /** One walk over the commits not read yet. */
    private final class Walk {
        private final Repository repo;
        private final String contentPrefix;
        private final String siteYml;
        private final Map<String, Lineage> live = new HashMap<>();
        private final List<Lineage> gone = new ArrayList<>();
        private Schema schema;
        private RevWalk revs;
        private TreeChanges trees;

        Walk(Repository repo, String contentPrefix, String siteYml) {
            this.repo = repo;
            this.contentPrefix = contentPrefix;
            this.siteYml = siteYml;
        }

        /** @return how many commits were read */
        int from(Optional<HistoryCache.State> cached, ObjectId head) throws IOException {
            try (RevWalk revs = new RevWalk(repo);
                    ObjectReader reader = repo.newObjectReader()) {
                revs.setFirstParent(true);
                revs.sort(RevSort.TOPO, true);
                revs.sort(RevSort.REVERSE, true);
                this.revs = revs;
                this.trees = new TreeChanges(reader);
                RevCommit tip = revs.parseCommit(head);
                revs.markStart(tip);
                Optional<HistoryCache.State> usable = cached.filter(state -> isAncestor(state.head(), tip));
                if (usable.isPresent()) {
                    resume(usable.get(), reader);
                    revs.markUninteresting(
                            revs.parseCommit(ObjectId.fromString(usable.get().head())));
                } else {
                    schema = SiteConfigLoader.defaultSchema();
                }
                int read = 0;
                for (RevCommit commit : revs) {
                    commit(commit, reader);
                    read++;
                }
                return read;
            }
        }

        private boolean isAncestor(String cachedHead, RevCommit tip) {
            try (RevWalk check = new RevWalk(repo)) {
                ObjectId id = ObjectId.fromString(cachedHead);
                return check.isMergedInto(check.parseCommit(id), check.parseCommit(tip));
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private void resume(HistoryCache.State state, ObjectReader reader) throws IOException {
            for (Lineage lineage : state.lineages()) {
                if (lineage.removed == null) {
                    live.put(lineage.path, lineage);
                } else {
                    gone.add(lineage);
                }
            }
            try (RevWalk revs = new RevWalk(reader)) {
                RevCommit at = revs.parseCommit(ObjectId.fromString(state.head()));
                schema = schemaAt(at, reader);
            }
        }

        private Schema schemaAt(RevCommit commit, ObjectReader reader) throws IOException {
            try (TreeWalk file = TreeWalk.forPath(reader, siteYml, commit.getTree())) {
                if (file == null) {
                    return SiteConfigLoader.defaultSchema();
                }
                return SiteConfigLoader.schemaOf(
                                text(reader, file.getObjectId(0).name()))
                        .orElse(null);
            }
        }

        private void commit(RevCommit commit, ObjectReader reader) throws IOException {
            LocalDate day = commit.getCommitterIdent()
                    .getWhenAsInstant()
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate();
            String sha = commit.name();
            boolean schemaChanged = false;
            List<Lineage> touched = new ArrayList<>();
            for (TreeChanges.Change change : changes(commit, reader)) {
                if (siteYml.equals(change.newPath()) || siteYml.equals(change.oldPath())) {
                    schemaChanged = true;
                    continue;
                }
                apply(change, day, sha, touched);
            }
            if (schemaChanged) {
                schema = schemaAt(commit, reader);
                touched = new ArrayList<>(live.values());
            }
            judge(touched, day, sha, reader);
        }

        private void apply(TreeChanges.Change change, LocalDate day, String sha, List<Lineage> touched) {
            String oldPath = page(change.oldPath());
            String newPath = page(change.newPath());
            String blob = change.newBlob();
            switch (change.type()) {
                case ADD, COPY -> {
                    if (newPath != null) {
                        touched.add(put(new Lineage(newPath, blob, day)));
                    }
                }
                case MODIFY -> touch(live.get(oldPath), blob, day, touched);
                case DELETE -> remove(live.remove(oldPath), day, sha);
                case RENAME -> {
                    Lineage moved = oldPath == null ? null : live.remove(oldPath);
                    if (newPath == null) {
                        remove(moved, day, sha);
                    } else if (moved == null) {
                        touched.add(put(new Lineage(newPath, blob, day)));
                    } else {
                        moved.path = newPath;
                        put(moved);
                        touch(moved, blob, day, touched);
                    }
                }
            }
        }

        private Lineage put(Lineage lineage) {
            Lineage replaced = live.put(lineage.path, lineage);
            if (replaced != null && replaced != lineage) {
                replaced.removed = lineage.lastCommit;
                gone.add(replaced);
            }
            return lineage;
        }

        private void touch(Lineage lineage, String blob, LocalDate day, List<Lineage> touched) {
            if (lineage != null) {
                lineage.blob = blob;
                lineage.lastCommit = day;
                touched.add(lineage);
            }
        }

        private void remove(Lineage lineage, LocalDate day, String sha) {
            if (lineage != null) {
                lineage.judged(day, sha, false, null, null);
                lineage.removed = day;
                gone.add(lineage);
            }
        }

        /** A page path inside the content folder, made content-relative; null for anything else. */
        private String page(String repoPath) {
            if (repoPath == null || !repoPath.startsWith(contentPrefix)) {
                return null;
            }
            String relative = repoPath.substring(contentPrefix.length());
            return ContentFiles.isPage(relative) ? relative : null;
        }

        /**
         * The commit's changes to the content folder and site.yml against its first parent; when
         * pages were both added and deleted, JGit's rename detection pairs them.
         */
        private List<TreeChanges.Change> changes(RevCommit commit, ObjectReader reader) throws IOException {
            RevCommit parent = commit.getParentCount() > 0 ? (RevCommit) commit.getParent(0) : null;
            if (parent != null) {
                revs.parseHeaders(parent);
            }
            String folder = contentPrefix.substring(0, contentPrefix.length() - 1);
            List<TreeChanges.Change> changes =
                    trees.between(parent == null ? null : parent.getTree(), commit.getTree(), folder, siteYml);
            boolean added = changes.stream().anyMatch(c -> c.type() == DiffEntry.ChangeType.ADD);
            boolean deleted = changes.stream().anyMatch(c -> c.type() == DiffEntry.ChangeType.DELETE);
            return added && deleted ? renamed(parent, commit, reader, folder) : changes;
        }

        private List<TreeChanges.Change> renamed(RevCommit parent, RevCommit commit, ObjectReader reader, String folder)
                throws IOException {
            try (TreeWalk walk = new TreeWalk(reader)) {
                walk.setRecursive(true);
                walk.setFilter(
                        AndTreeFilter.create(PathFilterGroup.createFromStrings(folder, siteYml), TreeFilter.ANY_DIFF));
                if (parent != null) {
                    walk.addTree(parent.getTree());
                } else {
                    walk.addTree(new EmptyTreeIterator());
                }
                walk.addTree(commit.getTree());
                RenameDetector renames =
                        new RenameDetector(reader, repo.getConfig().get(org.eclipse.jgit.diff.DiffConfig.KEY));
                renames.addAll(DiffEntry.scan(walk));
                List<TreeChanges.Change> changes = new ArrayList<>();
                for (DiffEntry entry : renames.compute(reader, NullProgressMonitor.INSTANCE)) {
                    boolean gone = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
                    changes.add(new TreeChanges.Change(
                            entry.getChangeType(),
                            entry.getChangeType() == DiffEntry.ChangeType.ADD ? null : entry.getOldPath(),
                            gone ? null : entry.getNewPath(),
                            gone ? null : entry.getNewId().name()));
                }
                return changes;
            } catch (org.eclipse.jgit.api.errors.CanceledException e) {
                throw new IOException(e);
            }
        }

        /** The touched pages judged in parallel: reading blobs is one reader's work, judging is not. */
        private void judge(List<Lineage> touched, LocalDate day, String sha, ObjectReader reader) throws IOException {
            Map<Lineage, String> texts = new LinkedHashMap<>();
            for (Lineage lineage : touched) {
                texts.put(lineage, text(reader, lineage.blob));
            }
            Schema judgedBy = schema;
            Map<Lineage, Optional<PastPage.Levels>> judged = new HashMap<>();
            texts.entrySet().parallelStream()
                    .map(e -> Map.entry(e.getKey(), PastPage.judge(e.getKey().path, e.getValue(), judgedBy, day)))
                    .toList()
                    .forEach(e -> judged.put(e.getKey(), e.getValue()));
            for (Lineage lineage : touched) {
                Optional<PastPage.Levels> levels = judged.get(lineage);
                PastPage.Levels value = levels.orElse(PastPage.Levels.NONE);
                lineage.judged(day, sha, levels.isPresent(), value.declared(), value.earned());
            }
        }

        private String text(ObjectReader reader, String blob) throws IOException {
            byte[] bytes = reader.open(ObjectId.fromString(blob)).getCachedBytes(Integer.MAX_VALUE);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        List<Lineage> lineages() {
            List<Lineage> all = new ArrayList<>(gone);
            all.addAll(live.values());
            return all;
        }

        History history(String head, String note, int read) {
            Map<String, PageHistory> pages = new HashMap<>();
            live.forEach((path, lineage) -> pages.put(path, lineage.snapshot()));
            List<PageHistory> removed = gone.stream().map(Lineage::snapshot).toList();
            return new History(head, pages, removed, note, read);
        }
    }
}
