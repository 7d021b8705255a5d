package dev.handbook.files;

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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The files or folders below a root, for folders that people edit while we read them: an editor's
 * temporary file that vanishes mid-walk is skipped, not an error. Links below the root are not
 * followed; a root that is itself a link is walked where it leads, under its own name.
 * <p>
 * A big site has tens of thousands of files, and every build and rebuild lists its output and its
 * content: each folder's entries are looked at on all cores.
 */
public final class FileTree {

    private FileTree() {}

    /** What a walk hands over, from several threads at once and in no particular order. */
    public interface Visitor {

        /** Whether to look at an entry at all, and below it when it is a folder. */
        default boolean enters(Path entry) {
            return true;
        }

        /** A folder, the root included, before what is in it; whether to look inside. */
        default boolean folder(Path folder, BasicFileAttributes attributes) {
            return true;
        }

        /** Anything else: a file, a link (its own attributes: it is not followed) or something stranger. */
        void entry(Path path, BasicFileAttributes attributes);

        /** A folder that is there but cannot be listed. */
        default void unreadable(Path folder, IOException problem) {}
    }

    /** Every regular file below root (root itself when it is a file), sorted; empty when root is missing. */
    public static List<Path> files(Path root) {
        Map<Path, BasicFileAttributes> found = new ConcurrentHashMap<>();
        forEachFile(root, found::put);
        return sorted(found);
    }

    /** Root and every folder below it, sorted; empty when root is missing. */
    public static List<Path> folders(Path root) {
        Map<Path, BasicFileAttributes> found = new ConcurrentHashMap<>();
        walk(root, new Visitor() {
            @Override
            public boolean folder(Path folder, BasicFileAttributes attributes) {
                found.put(folder, attributes);
                return true;
            }

            @Override
            public void entry(Path path, BasicFileAttributes attributes) {}
        });
        return sorted(found);
    }

    /** Hands every regular file below root to the action, for work on each file that does not need the others. */
    public static void forEachFile(Path root, BiConsumer<Path, BasicFileAttributes> action) {
        walk(root, (path, attributes) -> {
            if (attributes.isRegularFile()) {
                action.accept(path, attributes);
            }
        });
    }

    /** Everything below root, as the visitor chooses to see it. */
    public static void walk(Path root, Visitor visitor) {
        Optional<BasicFileAttributes> attributes = rootAttributes(root);
        if (attributes.isEmpty()) {
            return;
        }
        if (attributes.get().isDirectory()) {
            visitFolder(root, attributes.get(), visitor);
        } else {
            visitor.entry(root, attributes.get());
        }
    }

    private static void visitFolder(Path folder, BasicFileAttributes attributes, Visitor visitor) {
        if (!visitor.folder(folder, attributes)) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        } catch (NoSuchFileException e) {
            return; // gone: skipped like a vanished file
        } catch (IOException e) {
            visitor.unreadable(folder, e);
            return;
        } catch (DirectoryIteratorException e) {
            visitor.unreadable(folder, e.getCause());
            return;
        }
        entries.parallelStream()
                .filter(visitor::enters)
                .forEach(entry -> entryAttributes(entry).ifPresent(own -> {
                    if (own.isDirectory()) {
                        visitFolder(entry, own, visitor);
                    } else {
                        visitor.entry(entry, own);
                    }
                }));
    }

    private static List<Path> sorted(Map<Path, ?> found) {
        List<Path> paths = new ArrayList<>(found.keySet());
        paths.sort(null);
        return paths;
    }

    /** An entry's own attributes (a link is a link, not what it points at); empty when it vanished. */
    private static Optional<BasicFileAttributes> entryAttributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The root's attributes, of where it leads when it is a link; empty when it is missing. */
    private static Optional<BasicFileAttributes> rootAttributes(Path root) {
        try {
            return Optional.of(Files.readAttributes(root, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
