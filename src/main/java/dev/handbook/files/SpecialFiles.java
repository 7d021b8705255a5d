package dev.handbook.files;

import dev.handbook.diag.Rule;
import dev.handbook.files.InputTree.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the files a build may open from those it must not: named pipes, sockets and devices, and
 * anything on a file system the kernel makes up as it is read. Everything is judged from
 * attributes, never by opening: opening a named pipe blocks until someone writes to it.
 * <p>
 * Below one folder: each folder costs one {@code lstat} for its device, files none beyond the
 * walk's own; only a folder on another device than the root (a mount point) costs a look at what
 * that file system is.
 */
public final class SpecialFiles {

    /** File systems whose files the kernel makes up as they are read (Linux, BSD and macOS names). */
    private static final Set<String> PSEUDO = Set.of(
            "proc",
            "sysfs",
            "devtmpfs",
            "devfs",
            "devpts",
            "debugfs",
            "tracefs",
            "securityfs",
            "cgroup",
            "cgroup2",
            "configfs",
            "bpf",
            "pstore",
            "efivarfs",
            "mqueue",
            "fusectl",
            "binfmt_misc",
            "hugetlbfs",
            "rpc_pipefs",
            "nsfs",
            "procfs",
            "fdescfs",
            "linprocfs",
            "linsysfs");

    private final boolean unix;
    private final Object rootDevice;
    private final Map<Object, Optional<String>> pseudoByDevice = new ConcurrentHashMap<>();

    private SpecialFiles(boolean unix, Object rootDevice) {
        this.unix = unix;
        this.rootDevice = rootDevice;
    }

    /**
     * For the files below a folder (given with its links resolved), whose own file system is taken as real: the
     * source folder's is checked once, where site.yml is loaded ({@link #onPseudoFileSystem}), and a folder the
     * build reads lies inside it.
     */
    static SpecialFiles below(Path realRoot) {
        boolean unix = realRoot.getFileSystem().supportedFileAttributeViews().contains("unix");
        return new SpecialFiles(unix, unix ? attribute(realRoot, "unix:dev") : null);
    }

    /** Why nothing on the path's file system may be read (procfs, sysfs, ...), or empty for a real one. */
    public static Optional<Refusal> onPseudoFileSystem(Path path) {
        return pseudoFileSystem(path).map(SpecialFiles::pseudoRefusal);
    }

    private static Optional<String> pseudoFileSystem(Path path) {
        try {
            String type = Files.getFileStore(path).type();
            return PSEUDO.contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // no mount entry found: not one the kernel lists as special
        }
    }

    /**
     * Why a file (not a link, not a folder) may not be read, or empty when it may. Judged from the attributes
     * the walk already has: a regular file is on its folder's file system (mounting a single file needs root
     * on the build machine, so no change can bring one), and may have other names (a hard link: see README).
     */
    Optional<Refusal> fileRefusal(Path file, BasicFileAttributes own) {
        if (own.isRegularFile()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(
                Rule.SPECIAL_FILE, "this is " + kind(file) + ", not a file; the build " + "never opens it: remove it"));
    }

    /** Why the build does not look inside a folder, or empty when it does. */
    Optional<Refusal> folderRefusal(Path folder) {
        return unix ? pseudo(folder, attribute(folder, "unix:dev")) : Optional.empty();
    }

    /** Only a folder on another device than the root's (a mount point) costs a look at its file system. */
    private Optional<Refusal> pseudo(Path path, Object device) {
        if (device == null || device.equals(rootDevice)) {
            return Optional.empty();
        }
        return pseudoByDevice
                .computeIfAbsent(device, d -> pseudoFileSystem(path))
                .map(SpecialFiles::pseudoRefusal);
    }

    private static Refusal pseudoRefusal(String type) {
        return new Refusal(
                Rule.SPECIAL_FILE,
                "this is part of a " + type + " file system, which the kernel makes "
                        + "up as it is read, not a file of the handbook; the build never opens it");
    }

    /** What a special file is, in words: a named pipe (FIFO), a socket, a device. */
    static String kind(Path file) {
        Object mode = attribute(file, "unix:mode");
        if (!(mode instanceof Integer bits)) {
            return "a special file";
        }
        return switch (bits & 0170000) {
            case 0010000 -> "a named pipe (FIFO)";
            case 0140000 -> "a socket";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0040000 -> "a folder";
            default -> "a special file";
        };
    }

    private static Object attribute(Path path, String name) {
        try {
            return Files.getAttribute(path, name, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}
