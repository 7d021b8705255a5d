package dev.handbook.parse;

import dev.handbook.diag.Rule;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.files.InputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Lists the content folder. Hidden files and folders are skipped; links that lead outside the
 * folder, and anything else the build does not read ({@link InputTree}), are reported. A big
 * handbook has tens of thousands of entries, listed on all cores.
 */
public final class ContentScanner {

    public ContentFiles scan(Path contentFolder, String contentDirName, Diagnostics diagnostics) {
        InputTree tree = InputTree.of(contentFolder, "content");
        Scan scan = new Scan(tree, contentDirName);
        if (Files.exists(tree.realRoot()) && !Files.isDirectory(tree.realRoot())) {
            scan.problems.add(new Problem(contentDirName, Rule.IO, "the content folder cannot be read: " + tree.realRoot()));
        } else {
            tree.walk(scan);
        }
        scan.problems.forEach(problem -> diagnostics.error(problem.path(), Position.START, problem.rule(),
                problem.message()));
        List<String> pages = new ArrayList<>(scan.pages);
        pages.sort(null);
        return new ContentFiles(pages, scan.files);
    }

    /** What one scan has found so far, added to from several threads. */
    private static final class Scan implements InputTree.Visitor {
        private final InputTree tree;
        private final String contentDirName;
        private final Queue<String> pages = new ConcurrentLinkedQueue<>();
        private final Set<String> files = ConcurrentHashMap.newKeySet();
        private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();

        Scan(InputTree tree, String contentDirName) {
            this.tree = tree;
            this.contentDirName = contentDirName;
        }

        @Override
        public boolean enters(Path entry) {
            return !entry.getFileName().toString().startsWith("."); // hidden, and so is everything below it
        }

        @Override
        public void file(Path file, BasicFileAttributes attributes) {
            add(relative(file));
        }

        @Override
        public void link(Path link) {
            InputTree.Followed followed = tree.follow(link);
            followed.refusal().ifPresent(refusal -> refused(link, refusal));
            followed.file().ifPresent(file -> add(relative(link)));
        }

        @Override
        public void refused(Path entry, InputTree.Refusal refusal) {
            problems.add(new Problem(contentDirName + "/" + relative(entry), refusal.rule(), refusal.message()));
        }

        @Override
        public void unreadable(Path folder, IOException problem) {
            problems.add(folder.equals(tree.root())
                    ? new Problem(contentDirName, Rule.IO, "the content folder cannot be read: " + problem.getMessage())
                    : new Problem(contentDirName + "/" + relative(folder), Rule.IO,
                    "this folder cannot be read: " + problem.getMessage()));
        }

        private void add(String relative) {
            files.add(relative);
            if (ContentFiles.isPage(relative)) {
                pages.add(relative);
            }
        }

        private String relative(Path path) {
            return toSlashes(tree.root().relativize(path));
        }
    }

    private record Problem(String path, Rule rule, String message) {
    }

    static String toSlashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
