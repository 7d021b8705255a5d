package dev.handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A site is written into a staging folder beside the output and swapped in only when the whole
 * build succeeded, so a failed or interrupted build leaves the last good site as it was. A lock
 * beside the output keeps two builds from writing it at once.
 * <p>
 * The swap is two renames (Java has no exchange of two folders): the last site to
 * {@code .NAME.previous}, then the staging folder to the output. A build killed between the two
 * leaves no output folder, the complete last site in {@code .NAME.previous}; {@link #recover}
 * puts it back, and every build and check starts with it.
 */
public final class StagedOutput implements AutoCloseable {

    /** Written into every site, so a later build knows the folder is one it may replace. */
    public static final String MARKER = ".handbook-site";

    private final Path output;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean published;

    private StagedOutput(Path output, Path staging, FileChannel lockChannel, FileLock lock) {
        this.output = output;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the lock and makes an empty staging folder; fails if another build holds the lock. */
    public static StagedOutput open(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        FileChannel channel = FileChannel.open(lockFile(absolute), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw new IOException("another build is writing " + output + " right now; wait for it to finish");
        }
        Path staging = stagingOf(absolute);
        StagedOutput opened = new StagedOutput(absolute, staging, channel, lock);
        try {
            restore(absolute);
            deleteTree(staging);
            Files.createDirectories(staging);
            Files.writeString(
                    staging.resolve(MARKER), "A site baked by handbook; the next build replaces this folder.\n");
            return opened;
        } catch (IOException | RuntimeException e) {
            // a full disk right at the start: the lock must not outlive this attempt (a preview goes on building)
            try {
                opened.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public Path staging() {
        return staging;
    }

    /**
     * Puts a complete site back at the output path if a build was killed while publishing it, and
     * removes the staging folder of a build that was killed at all, before anything else looks at
     * the output. Only with the lock: while another build holds it, that build is the one
     * publishing, and nothing is touched. A problem is left for the build that opens the output
     * next, which meets it and reports it.
     */
    public static void recover(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (!Files.exists(previousOf(absolute), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(stagingOf(absolute), LinkOption.NOFOLLOW_LINKS)) {
            return; // the common case: two stats, no lock file made
        }
        try (FileChannel channel =
                FileChannel.open(lockFile(absolute), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                try {
                    restore(absolute);
                    deleteTree(stagingOf(absolute)); // only a build holding the lock has one
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            // reported by the next build that opens this output
        }
    }

    /**
     * With the lock held: killed between the renames, the output is missing and .previous holds the
     * last site, which goes back; killed after them, .previous is only what is left of the old site.
     */
    private static void restore(Path output) throws IOException {
        Path previous = previousOf(output);
        if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(previous);
        } else {
            move(previous, output);
        }
    }

    private static Path stagingOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".staging");
    }

    private static Path previousOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".previous");
    }

    private static Path lockFile(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Replaces the output folder with the staged site. */
    public void publish() throws IOException {
        Path previous = previousOf(output);
        deleteTree(previous);
        if (Files.exists(output)) {
            move(output, previous);
        }
        move(staging, output);
        deleteTree(previous);
        published = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!published) {
                deleteTree(staging);
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
