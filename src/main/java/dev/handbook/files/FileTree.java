package dev.handbook.files;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The files or folders below a root, sorted, for folders that people edit while we read them:
 * an editor's temporary file that vanishes mid-walk is skipped, not an error. Links are not followed.
 * <p>
 * A big site has tens of thousands of files, and every build and rebuild lists its output and its
 * content: each folder's entries are looked at on all cores.
 */
public final class FileTree {

    private FileTree() {
    }

    /** Every regular file below root (root itself when it is a file); empty when root is missing. */
    public static List<Path> files(Path root) {
        return new ArrayList<>(filesWithAttributes(root).keySet());
    }

    /** Every regular file below root with the attributes the walk read anyway, sorted by path. */
    public static SortedMap<Path, BasicFileAttributes> filesWithAttributes(Path root) {
        return new TreeMap<>(walk(root, false));
    }

    /** Root and every folder below it; empty when root is missing. */
    public static List<Path> folders(Path root) {
        List<Path> found = new ArrayList<>(walk(root, true).keySet());
        found.sort(null);
        return found;
    }

    /**
     * Hands every regular file below root to the action, from several threads at once and in no
     * particular order, for work on each file that does not need the others.
     */
    public static void forEachFile(Path root, BiConsumer<Path, BasicFileAttributes> action) {
        visit(root, false, action);
    }

    /** Each entry found, under root's own name even when root is a link. */
    private static Map<Path, BasicFileAttributes> walk(Path root, boolean folders) {
        Map<Path, BasicFileAttributes> found = new ConcurrentHashMap<>();
        visit(root, folders, found::put);
        return found;
    }

    private static void visit(Path root, boolean folders, BiConsumer<Path, BasicFileAttributes> action) {
        Path start = realRoot(root);
        BiConsumer<Path, BasicFileAttributes> named = start.equals(root) ? action
                : (path, attributes) -> action.accept(root.resolve(start.relativize(path).toString()), attributes);
        attributes(start).ifPresent(attributes -> {
            if (attributes.isDirectory()) {
                visitFolder(start, attributes, folders, named);
            } else if (!folders && attributes.isRegularFile()) {
                named.accept(start, attributes);
            }
        });
    }

    private static void visitFolder(Path folder, BasicFileAttributes attributes, boolean folders,
                                    BiConsumer<Path, BasicFileAttributes> action) {
        if (folders) {
            action.accept(folder, attributes);
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException e) {
            return; // gone or unreadable: skipped like a vanished file
        }
        entries.parallelStream().forEach(entry -> attributes(entry).ifPresent(own -> {
            if (own.isDirectory()) {
                visitFolder(entry, own, folders, action);
            } else if (!folders && own.isRegularFile()) {
                action.accept(entry, own);
            }
        }));
    }

    /** An entry's own attributes (a link is a link, not what it points at); empty when it vanished. */
    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.empty();
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
