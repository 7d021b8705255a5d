package dev.handbook.output;

import dev.handbook.config.ByteSize;
import dev.handbook.config.OutputLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one way bytes reach a staged site, from every thread of a bake. Each file is counted as it
 * is written, against the limits of site.yml: no file above {@code limits.file}, and the whole
 * site no bigger than its input times {@code limits.site_ratio} plus {@code limits.site_allowance}.
 * Copies are made in pieces and counted as they go, so a huge or endless file is stopped at the
 * limit rather than read to its end. The first limit crossed, or a full disk, stops the build:
 * {@link #stopped} says why, in one line, and every later write is refused.
 */
public final class SiteWriter {

    private static final int COPY_PIECE = 64 * 1024;

    private final Path root;
    private final OutputLimits limits;
    private final long inputBytes;
    private final long siteLimit;
    private final MadeFolders folders = new MadeFolders();
    private final AtomicLong written = new AtomicLong();
    private final AtomicReference<String> stop = new AtomicReference<>();

    /**
     * @param root       the (staging) folder the site is written into
     * @param inputBytes the bytes of everything the site is made from
     */
    public SiteWriter(Path root, OutputLimits limits, long inputBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
        this.inputBytes = inputBytes;
        this.siteLimit = limits.siteBytes(inputBytes);
    }

    /** A write the limits or a full disk refused; the reason is also {@link #stopped}. */
    public static final class Stopped extends IOException {
        Stopped(String message) {
            super(message);
        }
    }

    public Path root() {
        return root;
    }

    /** Why the build stopped, once a limit was crossed or the disk filled; empty until then. */
    public Optional<String> stopped() {
        return Optional.ofNullable(stop.get());
    }

    /** Bytes written so far. */
    long written() {
        return written.get();
    }

    /**
     * The most characters a text made in memory may reach: each character is at least one byte
     * of UTF-8, so a text longer than this would be a file above the limit.
     */
    public int characterLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 16, limits.fileBytes());
    }

    /** Makes a file's folder, once however many files go into it. */
    private void folderOf(Path file) throws IOException {
        try {
            folders.ensure(file.getParent());
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** A new file with these bytes, in one write call (a file already there is replaced, never written through). */
    public void write(Path file, byte[] bytes) throws IOException {
        refuseWhenStopped();
        claim(file, bytes.length, bytes.length);
        folderOf(file);
        try (FileChannel channel = create(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * A new file with this text in UTF-8, encoded as {@code Files.writeString} encodes it (fast, and
     * refusing a lone surrogate rather than writing a question mark). A text is at least as many
     * bytes as characters, so one too long is refused before it is written; otherwise the file's
     * size, read back, is what counts.
     */
    public void write(Path file, String text) throws IOException {
        refuseWhenStopped();
        if (text.length() > limits.fileBytes()) {
            throw tooLarge(file);
        }
        folderOf(file);
        try {
            writeString(file, text);
        } catch (IOException e) {
            throw failed(e);
        }
        long size = Files.size(file);
        claim(file, size, size);
    }

    private static void writeString(Path file, String text) throws IOException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file); // as in create(): never written through a hard link
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
    }

    /**
     * A copy of a regular file, counted piece by piece as it is read, so that it ends at the
     * limit however big the file is or grows while it is read; it keeps the file's permissions
     * and modification time, as a copy with {@code COPY_ATTRIBUTES} does.
     */
    public void copy(Path from, Path to) throws IOException {
        refuseWhenStopped();
        BasicFileAttributes attributes = attributes(from);
        if (!attributes.isRegularFile()) {
            throw new IOException(from + " is not a regular file");
        }
        folderOf(to);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                FileChannel out = create(to)) {
            ByteBuffer buffer = ByteBuffer.allocate(COPY_PIECE);
            long copied = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                copied += read;
                claim(to, copied, read);
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                buffer.clear();
            }
        } catch (Stopped e) {
            throw e;
        } catch (IOException e) {
            throw failed(e);
        }
        keepAttributes(to, attributes);
    }

    /** A file of the previous site taken over unchanged: a hard link where the file system allows, else a copy. */
    public void reuse(Path from, Path to) throws IOException {
        refuseWhenStopped();
        long size = Files.size(from);
        claim(to, size, size);
        folderOf(to);
        try {
            Files.createLink(to, from);
            return;
        } catch (IOException e) {
            if (DiskFull.is(e)) {
                throw failed(e);
            }
        } catch (UnsupportedOperationException e) {
            // a file system without hard links: copied below
        }
        written.addAndGet(-size); // counted again, piece by piece, by the copy
        copy(from, to);
    }

    /** Stops the build for a file made in memory that grew past the limit before it was written. */
    public Stopped tooLarge(Path file) {
        return stopWith(fileTooLarge(file));
    }

    private void claim(Path file, long fileBytes, long newBytes) throws Stopped {
        if (fileBytes > limits.fileBytes()) {
            throw stopWith(fileTooLarge(file));
        }
        long total = written.addAndGet(newBytes);
        if (total > siteLimit) {
            throw stopWith("the site would grow beyond " + ByteSize.format(siteLimit) + ", " + limits.siteRatio()
                    + " times the " + ByteSize.format(inputBytes) + " it is made from plus "
                    + ByteSize.format(limits.siteAllowance()) + "; raise limits.site_ratio or limits.site_allowance "
                    + "in site.yml if the handbook really makes a site that big");
        }
    }

    private String fileTooLarge(Path file) {
        return relative(file) + " would be larger than " + ByteSize.format(limits.fileBytes())
                + ", the most one file of the site may be; raise limits.file in site.yml if it really is that big";
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : file.toString();
    }

    private void refuseWhenStopped() throws Stopped {
        String reason = stop.get();
        if (reason != null) {
            throw new Stopped(reason);
        }
    }

    /** The first reason wins: the line the build ends with names what stopped it, not what followed. */
    private Stopped stopWith(String reason) {
        stop.compareAndSet(null, reason);
        return new Stopped(stop.get());
    }

    private IOException failed(IOException e) {
        if (e instanceof Stopped) {
            return e;
        }
        return DiskFull.is(e) ? stopWith(DiskFull.message(root.getParent())) : e;
    }

    private static FileChannel create(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // a new file in its place: one already there may be a hard link into the published site
            Files.delete(file);
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return Files.readAttributes(file, BasicFileAttributes.class);
        }
    }

    private static void keepAttributes(Path file, BasicFileAttributes attributes) throws IOException {
        if (attributes instanceof PosixFileAttributes posix) {
            Files.setPosixFilePermissions(file, posix.permissions());
        }
        Files.getFileAttributeView(file, BasicFileAttributeView.class)
                .setTimes(attributes.lastModifiedTime(), attributes.lastAccessTime(), null);
    }
}
