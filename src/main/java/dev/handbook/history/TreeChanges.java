package dev.handbook.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * What one commit changed in a folder and one file, compared tree object by tree object: equal
 * subtrees are skipped by id, and the trees of the commit before, which the walk has just read, are
 * kept, so a commit that edits one page of a folder of ten thousand reads that folder's tree once
 * rather than twice, and finds the changed entry by comparing bytes, not entry by entry. (JGit's
 * {@code TreeWalk} with a path filter spent most of a 2,000-commit read on exactly that.)
 */
final class TreeChanges {

    private static final int KEPT_TREES = 64;

    /** A changed file: its paths before and after (null for none) and its blob after (null when deleted). */
    record Change(ChangeType type, String oldPath, String newPath, String newBlob) {}

    private final ObjectReader reader;
    private final Map<ObjectId, RawTree> trees = new LinkedHashMap<>(KEPT_TREES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, RawTree> eldest) {
            return size() > KEPT_TREES;
        }
    };

    TreeChanges(ObjectReader reader) {
        this.reader = reader;
    }

    /**
     * @param before the root tree before, or null for the first commit
     * @param folder a folder path in the repository ("content", "docs/content")
     * @param file   a file path in the repository (site.yml)
     */
    List<Change> between(ObjectId before, ObjectId after, String folder, String file) throws IOException {
        List<Change> changes = new ArrayList<>();
        diff(lookup(before, folder, true), lookup(after, folder, true), folder + "/", changes);
        ObjectId was = lookup(before, file, false);
        ObjectId is = lookup(after, file, false);
        if (was == null ? is != null : !was.equals(is)) {
            changes.add(new Change(ChangeType.MODIFY, file, file, is == null ? null : is.name()));
        }
        return changes;
    }

    /** The id of a path's tree (or blob) under a root tree, or null when it is not there. */
    private ObjectId lookup(ObjectId root, String path, boolean tree) throws IOException {
        ObjectId current = root;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length && current != null; i++) {
            boolean last = i == parts.length - 1;
            current = child(current, parts[i], !last || tree);
        }
        return current;
    }

    private ObjectId child(ObjectId id, String name, boolean wantTree) throws IOException {
        RawTree tree = tree(id);
        for (int i = 0; i < tree.count(); i++) {
            if (tree.isTree(i) == wantTree && tree.name(i).equals(name)) {
                return tree.id(i);
            }
        }
        return null;
    }

    /**
     * Merges the two trees' entries in git's order. Runs of identical bytes are skipped with one
     * {@link Arrays#mismatch}: entries before the first differing byte are the same entries.
     */
    private void diff(ObjectId before, ObjectId after, String prefix, List<Change> out) throws IOException {
        if (before == null ? after == null : before.equals(after)) {
            return;
        }
        RawTree a = before == null ? RawTree.EMPTY : tree(before);
        RawTree b = after == null ? RawTree.EMPTY : tree(after);
        int i = 0;
        int j = 0;
        while (i < a.count() || j < b.count()) {
            if (i < a.count() && j < b.count()) {
                int same = Arrays.mismatch(a.raw(), a.start(i), a.raw().length, b.raw(), b.start(j), b.raw().length);
                if (same < 0) {
                    return;
                }
                int skipped = a.entryAt(a.start(i) + same) - i;
                i += skipped;
                j += skipped;
            }
            int order = i >= a.count() ? 1 : j >= b.count() ? -1 : RawTree.compare(a, i, b, j);
            if (order == 0) {
                changed(a, i++, b, j++, prefix, out);
            } else if (order < 0) {
                gone(a, i++, prefix, out);
            } else {
                added(b, j++, prefix, out);
            }
        }
    }

    private void changed(RawTree a, int i, RawTree b, int j, String prefix, List<Change> out) throws IOException {
        if (a.sameId(i, b, j) && a.isTree(i) == b.isTree(j)) {
            return;
        }
        String path = prefix + b.name(j);
        if (a.isTree(i) && b.isTree(j)) {
            diff(a.id(i), b.id(j), path + "/", out);
        } else if (!a.isTree(i) && !b.isTree(j)) {
            out.add(new Change(ChangeType.MODIFY, path, path, b.id(j).name()));
        } else {
            gone(a, i, prefix, out);
            added(b, j, prefix, out);
        }
    }

    private void gone(RawTree a, int i, String prefix, List<Change> out) throws IOException {
        String path = prefix + a.name(i);
        if (a.isTree(i)) {
            diff(a.id(i), null, path + "/", out);
        } else {
            out.add(new Change(ChangeType.DELETE, path, null, null));
        }
    }

    private void added(RawTree b, int j, String prefix, List<Change> out) throws IOException {
        String path = prefix + b.name(j);
        if (b.isTree(j)) {
            diff(null, b.id(j), path + "/", out);
        } else {
            out.add(new Change(ChangeType.ADD, null, path, b.id(j).name()));
        }
    }

    private RawTree tree(ObjectId id) throws IOException {
        RawTree tree = trees.get(id);
        if (tree == null) {
            tree = RawTree.of(reader.open(id, Constants.OBJ_TREE).getCachedBytes(Integer.MAX_VALUE));
            trees.put(id.copy(), tree);
        }
        return tree;
    }
}
