package dev.handbook.files;

import dev.handbook.diag.Rule;
import java.io.IOException;
import java.nio.file.FileSystemException;
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

/**
 * One of the folders a build reads (content/, templates/, assets/), and what in it may be read:
 * regular files. Named pipes, sockets and devices are never opened (a named pipe would block the
 * build for good), nor is anything below a mount of a file system the kernel makes up as it is
 * read (procfs, sysfs, devtmpfs: an endless file, or the build's own environment). A symbolic
 * link is not followed by the walk: a reader that wants links asks {@link #follow}, which
 * accepts only a link to a regular file inside the folder.
 * <p>
 * Costs one {@code lstat} per folder beyond the walk's own (for its device), none per file.
 */
public final class InputTree {

    private final Path root;
    private final Path realRoot;
    private final String name;
    private final SpecialFiles kinds;

    private InputTree(Path root, Path realRoot, String name, SpecialFiles kinds) {
        this.root = root;
        this.realRoot = realRoot;
        this.name = name;
        this.kinds = kinds;
    }

    /**
     * @param root the folder, named as the build names it (a link to a folder inside the source is walked where it
     *             leads, under this name)
     * @param name what the folder is, for messages: {@code content}, {@code templates}, {@code assets}
     */
    public static InputTree of(Path root, String name) {
        Path real = realPath(root);
        return new InputTree(root, real, name, SpecialFiles.below(real));
    }

    /** Why the build will not read something, as a rule id and a message saying what to do. */
    public record Refusal(Rule rule, String message) {}

    /** What a walk hands over, from several threads at once and in no particular order. */
    public interface Visitor {

        /** Whether to look at an entry at all, and below it when it is a folder. */
        default boolean enters(Path entry) {
            return true;
        }

        /** A file that may be read. */
        void file(Path file, BasicFileAttributes attributes);

        /** A symbolic link, not followed; see {@link #follow}. */
        default void link(Path link) {}

        /** Something that is not read, and why. */
        default void refused(Path entry, Refusal refusal) {}

        /** A folder that is there but cannot be listed. */
        default void unreadable(Path folder, IOException problem) {}
    }

    /** Where a symbolic link leads: a readable file inside the folder, nothing to read, or a refusal. */
    public record Followed(Optional<Path> file, Optional<Refusal> refusal) {

        static final Followed NOTHING = new Followed(Optional.empty(), Optional.empty());
    }

    /** The folder as the build names it. */
    public Path root() {
        return root;
    }

    /** The folder with every link resolved: what links are judged against. */
    public Path realRoot() {
        return realRoot;
    }

    /**
     * Why something below the folder (the folder itself included), with links resolved, may not be read: a
     * special file, anything on a pseudo file system. Empty when it may be.
     */
    public Optional<Refusal> judge(Path realPath) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(realPath, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isDirectory() ? kinds.folderRefusal(realPath) : kinds.fileRefusal(realPath, attributes);
        } catch (IOException e) {
            return Optional.empty(); // not there: nothing to read
        }
    }

    public void walk(Visitor visitor) {
        FileTree.walk(root, new FileTree.Visitor() {
            @Override
            public boolean enters(Path entry) {
                return visitor.enters(entry);
            }

            @Override
            public boolean folder(Path folder, BasicFileAttributes attributes) {
                Optional<Refusal> refusal = kinds.folderRefusal(folder);
                refusal.ifPresent(r -> visitor.refused(folder, r));
                return refusal.isEmpty();
            }

            @Override
            public void entry(Path path, BasicFileAttributes attributes) {
                if (attributes.isSymbolicLink()) {
                    visitor.link(path);
                    return;
                }
                Optional<Refusal> refusal = kinds.fileRefusal(path, attributes);
                if (refusal.isPresent()) {
                    visitor.refused(path, refusal.get());
                } else {
                    visitor.file(path, attributes);
                }
            }

            @Override
            public void unreadable(Path folder, IOException problem) {
                visitor.unreadable(folder, problem);
            }
        });
    }

    /** Every file below the folder that may be read, hidden ones included, links not; sorted. */
    public List<Path> files() {
        Map<Path, Boolean> found = new ConcurrentHashMap<>();
        walk((file, attributes) -> found.put(file, true));
        List<Path> files = new ArrayList<>(found.keySet());
        files.sort(null);
        return files;
    }

    /**
     * A link is followed only to a file that may be read inside this folder: a link out of it is
     * refused, as are one that leads nowhere and one that leads round in a loop. A link to a
     * folder, or to something inside that is refused where it is, gives nothing to read.
     */
    public Followed follow(Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            return refused(
                    Rule.IO,
                    "this symbolic link leads to `" + linkText(link) + "`, which does not exist; "
                            + "remove it or restore what it points at");
        } catch (FileSystemException e) {
            return refused(
                    Rule.IO,
                    isLoop(e)
                            ? "this symbolic link leads round in a loop of links; remove it"
                            : "this symbolic link cannot be followed: " + e.getReason());
        } catch (IOException e) {
            return refused(Rule.IO, "this symbolic link cannot be followed: " + e.getMessage());
        }
        if (!target.startsWith(realRoot)) {
            return refused(
                    Rule.UNSAFE_LINK,
                    "this symbolic link leads outside the " + name
                            + " folder and is ignored; copy the file in instead");
        }
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            boolean readable = attributes.isRegularFile()
                    && kinds.fileRefusal(target, attributes).isEmpty();
            return readable ? new Followed(Optional.of(target), Optional.empty()) : Followed.NOTHING;
        } catch (IOException e) {
            return Followed.NOTHING; // gone since: skipped like a vanished file
        }
    }

    private static Followed refused(Rule rule, String message) {
        return new Followed(Optional.empty(), Optional.of(new Refusal(rule, message)));
    }

    private static boolean isLoop(FileSystemException e) {
        return e.getReason() != null && e.getReason().startsWith("Too many levels of symbolic links");
    }

    private static String linkText(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
