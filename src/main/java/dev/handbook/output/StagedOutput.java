package dev.handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A site is written into a staging folder beside the output and swapped in only when the whole
 * build succeeded, so a failed or interrupted build leaves the last good site as it was. A lock
 * beside the output keeps two builds from writing it at once.
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
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        FileChannel channel = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another build is writing " + output + " right now; wait for it to finish");
        }
        Path staging = parent.resolve("." + name + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), "A site baked by handbook; the next build replaces this folder.\n");
        return new StagedOutput(absolute, staging, channel, lock);
    }

    public Path staging() {
        return staging;
    }

    /** Replaces the output folder with the staged site. */
    public void publish() throws IOException {
        Path previous = output.resolveSibling("." + output.getFileName() + ".previous");
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

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
