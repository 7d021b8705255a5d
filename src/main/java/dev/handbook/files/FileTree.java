package dev.handbook.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The files or folders below a root, sorted, for folders that people edit while we read them:
 * an editor's temporary file that vanishes mid-walk is skipped, not an error. Links are not followed.
 */
public final class FileTree {

    private FileTree() {
    }

    /** Every regular file below root (root itself when it is a file); empty when root is missing. */
    public static List<Path> files(Path root) {
        return walk(root, false);
    }

    /** Every regular file below root with the attributes the walk read anyway, sorted by path. */
    public static SortedMap<Path, BasicFileAttributes> filesWithAttributes(Path root) {
        SortedMap<Path, BasicFileAttributes> found = new TreeMap<>();
        walk(root, false, found::put);
        return found;
    }

    /** Root and every folder below it; empty when root is missing. */
    public static List<Path> folders(Path root) {
        return walk(root, true);
    }

    private static List<Path> walk(Path root, boolean folders) {
        List<Path> found = new ArrayList<>();
        walk(root, folders, (path, attributes) -> found.add(path));
        found.sort(null);
        return found;
    }

    /** Hands each entry found to the consumer, under root's own name even when root is a link. */
    private static void walk(Path root, boolean folders, BiConsumer<Path, BasicFileAttributes> found) {
        if (!Files.exists(root)) {
            return;
        }
        Path start = realRoot(root);
        BiConsumer<Path, BasicFileAttributes> named = start.equals(root) ? found
                : (path, attributes) -> found.accept(root.resolve(start.relativize(path).toString()), attributes);
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (folders) {
                        named.accept(dir, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!folders && attributes.isRegularFile()) {
                        named.accept(file, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // visitFileFailed swallows per-entry failures; a failure at the root leaves what was found
        }
    }

    /** A root that is itself a link is walked where it leads (links below it are not followed). */
    private static Path realRoot(Path root) {
        try {
            return Files.isSymbolicLink(root) ? root.toRealPath() : root;
        } catch (IOException e) {
            return root;
        }
    }
}
