package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.files.FileTree;
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
 * folder are refused. A big handbook has tens of thousands of entries, listed on all cores.
 */
public final class ContentScanner {

    public ContentFiles scan(Path contentFolder, String contentDirName, Diagnostics diagnostics) {
        // a content folder that is itself a link is walked where it leads
        Path realRoot = realPath(contentFolder);
        Scan scan = new Scan(realRoot, contentDirName);
        if (Files.exists(realRoot) && !Files.isDirectory(realRoot)) {
            scan.problems.add(new Problem(contentDirName, "io", "the content folder cannot be read: " + realRoot));
        } else {
            FileTree.walk(realRoot, scan);
        }
        scan.problems.forEach(problem -> diagnostics.error(problem.path(), Position.START, problem.rule(),
                problem.message()));
        List<String> pages = new ArrayList<>(scan.pages);
        pages.sort(null);
        return new ContentFiles(pages, scan.files);
    }

    /** What one scan has found so far, added to from several threads. */
    private static final class Scan implements FileTree.Visitor {
        private final Path root;
        private final String contentDirName;
        private final Queue<String> pages = new ConcurrentLinkedQueue<>();
        private final Set<String> files = ConcurrentHashMap.newKeySet();
        private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();

        Scan(Path root, String contentDirName) {
            this.root = root;
            this.contentDirName = contentDirName;
        }

        @Override
        public boolean enters(Path entry) {
            return !entry.getFileName().toString().startsWith("."); // hidden, and so is everything below it
        }

        @Override
        public void entry(Path path, BasicFileAttributes attributes) {
            String relative = toSlashes(root.relativize(path));
            if (attributes.isSymbolicLink() && !realPath(path).startsWith(root)) {
                problems.add(new Problem(contentDirName + "/" + relative, "unsafe-link",
                        "this symbolic link leads outside the content folder and is ignored; copy the file in instead"));
            } else if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path)) {
                files.add(relative);
                if (ContentFiles.isPage(relative)) {
                    pages.add(relative);
                }
            }
        }

        @Override
        public void unreadable(Path folder, IOException problem) {
            problems.add(folder.equals(root)
                    ? new Problem(contentDirName, "io", "the content folder cannot be read: " + problem.getMessage())
                    : new Problem(contentDirName + "/" + toSlashes(root.relativize(folder)), "io",
                    "this folder cannot be read: " + problem.getMessage()));
        }
    }

    private record Problem(String path, String rule, String message) {
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    static String toSlashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
