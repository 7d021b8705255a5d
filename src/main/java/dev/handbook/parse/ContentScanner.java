package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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
 * folder are refused. Each folder's entries are looked at on all cores: a big handbook has tens of
 * thousands of them, and this runs before anything else can.
 */
public final class ContentScanner {

    public ContentFiles scan(Path contentFolder, String contentDirName, Diagnostics diagnostics) {
        // a content folder that is itself a link is walked where it leads
        Path realRoot = realPath(contentFolder);
        Scan scan = new Scan(realRoot, contentDirName);
        String unreadable = scan.folder(realRoot);
        if (unreadable != null) {
            diagnostics.error(contentDirName, Position.START, "io", "the content folder cannot be read: " + unreadable);
        }
        scan.problems.forEach(problem -> diagnostics.error(problem.path(), Position.START, problem.rule(),
                problem.message()));
        List<String> pages = new ArrayList<>(scan.pages);
        pages.sort(null);
        return new ContentFiles(pages, scan.files);
    }

    /** What one scan has found so far, added to from several threads. */
    private static final class Scan {
        private final Path root;
        private final String contentDirName;
        private final Queue<String> pages = new ConcurrentLinkedQueue<>();
        private final Set<String> files = ConcurrentHashMap.newKeySet();
        private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();

        Scan(Path root, String contentDirName) {
            this.root = root;
            this.contentDirName = contentDirName;
        }

        /** Why the folder cannot be listed, or null when it was (or has gone, which is no error). */
        String folder(Path folder) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                listing.forEach(entries::add);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                return e.getMessage();
            } catch (DirectoryIteratorException e) {
                return e.getCause().getMessage();
            }
            entries.parallelStream().forEach(this::entry);
            return null;
        }

        private void entry(Path path) {
            if (path.getFileName().toString().startsWith(".")) {
                return; // hidden, and so is everything below it
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return; // an editor's temporary file can vanish between listing and reading: not an error
            }
            String relative = toSlashes(root.relativize(path));
            if (attributes.isDirectory()) {
                String unreadable = folder(path);
                if (unreadable != null) {
                    problems.add(new Problem(contentDirName + "/" + relative, "io",
                            "this folder cannot be read: " + unreadable));
                }
            } else if (attributes.isSymbolicLink() && !realPath(path).startsWith(root)) {
                problems.add(new Problem(contentDirName + "/" + relative, "unsafe-link",
                        "this symbolic link leads outside the content folder and is ignored; copy the file in instead"));
            } else if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path)) {
                files.add(relative);
                if (relative.endsWith(".md")) {
                    pages.add(relative);
                }
            }
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
