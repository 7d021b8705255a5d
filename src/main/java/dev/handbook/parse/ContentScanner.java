package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
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
            scan.problems.add(
                    new Problem(contentDirName, Rule.IO, "the content folder cannot be read: " + tree.realRoot()));
        } else {
            tree.walk(scan);
        }
        scan.problems.forEach(
                problem -> diagnostics.error(problem.path(), Position.START, problem.rule(), problem.message()));
        List<String> pages = new ArrayList<>(scan.pages);
        pages.sort(null);
        List<String> navigation = new ArrayList<>(scan.navigation);
        navigation.sort(null);
        return new ContentFiles(pages, scan.files, scan.hiddenAssets, Set.copyOf(scan.hidden), navigation);
    }

    /** What one scan has found so far, added to from several threads. */
    private static final class Scan implements InputTree.Visitor {
        private final InputTree tree;
        private final String contentDirName;
        private final Queue<String> pages = new ConcurrentLinkedQueue<>();
        private final Set<String> files = ConcurrentHashMap.newKeySet();
        private final Set<String> hiddenAssets = ConcurrentHashMap.newKeySet();
        private final Queue<String> hidden = new ConcurrentLinkedQueue<>();
        private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();
        private final Queue<String> navigation = new ConcurrentLinkedQueue<>();

        Scan(InputTree tree, String contentDirName) {
            this.tree = tree;
            this.contentDirName = contentDirName;
        }

        /**
         * Hidden entries are left out, and so is everything below them, but GitBook's
         * {@code .gitbook/assets} folder: its files are published when a page links to them.
         */
        @Override
        public boolean enters(Path entry) {
            if (!entry.getFileName().toString().startsWith(".")
                    && !entry.toString().contains(GITBOOK)) {
                return true; // most entries: looked at by name alone
            }
            String relative = relative(entry);
            int gitbook = gitbookFolder(relative);
            boolean enters = gitbook < 0
                    ? !entry.getFileName().toString().startsWith(".")
                    : inGitbookAssets(relative, gitbook) || relative.length() == gitbook + GITBOOK.length();
            if (!enters) {
                hidden.add(relative);
            }
            return enters;
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
            problems.add(
                    folder.equals(tree.root())
                            ? new Problem(
                                    contentDirName,
                                    Rule.IO,
                                    "the content folder cannot be read: " + problem.getMessage())
                            : new Problem(
                                    contentDirName + "/" + relative(folder),
                                    Rule.IO,
                                    "this folder cannot be read: " + problem.getMessage()));
        }

        private void add(String relative) {
            if (SourceNavigation.isNavigationFile(relative)) {
                navigation.add(relative);
                return;
            }
            int gitbook = gitbookFolder(relative);
            if (gitbook >= 0) {
                hiddenAssets.add(relative); // enters() let in only the assets folder
                return;
            }
            files.add(relative);
            if (ContentFiles.isPage(relative) && !ContentFiles.isPartial(relative)) {
                pages.add(relative);
            }
        }

        private String relative(Path path) {
            return toSlashes(tree.root().relativize(path));
        }
    }

    private record Problem(String path, Rule rule, String message) {}

    private static final String GITBOOK = ".gitbook";
    private static final String ASSETS = "/assets";

    /** Where the path's {@code .gitbook} folder starts, or -1. */
    static int gitbookFolder(String relative) {
        int at = relative.startsWith(GITBOOK) ? 0 : relative.indexOf("/" + GITBOOK) + 1;
        if (at == 0 && !relative.startsWith(GITBOOK)) {
            return -1;
        }
        int end = at + GITBOOK.length();
        return end == relative.length() || relative.charAt(end) == '/' ? at : -1;
    }

    /** Whether a path below {@code .gitbook} is its assets folder or a file in it that is not hidden itself. */
    private static boolean inGitbookAssets(String relative, int gitbook) {
        String below = relative.substring(gitbook + GITBOOK.length());
        return (below.equals(ASSETS) || below.startsWith(ASSETS + "/")) && !below.contains("/.");
    }

    static String toSlashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
