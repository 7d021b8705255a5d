package dev.handbook.files;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Files already read by an earlier step of the same run, with their modification times. A build
 * digests every content file to learn whether anything changed; handing the parser those same
 * bytes spares it reading ten thousand files again, and means it parses exactly what was digested.
 */
public final class ReadFiles {

    public static final ReadFiles NONE = new ReadFiles(Map.of());

    public record File(byte[] bytes, Instant lastModified) {
    }

    private final Map<Path, File> files;

    public ReadFiles(Map<Path, File> files) {
        this.files = Map.copyOf(files);
    }

    /** The file as read, when it was; otherwise the caller reads it itself. */
    public Optional<File> get(Path path) {
        return Optional.ofNullable(files.get(path));
    }

    public int size() {
        return files.size();
    }
}
