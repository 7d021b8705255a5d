package dev.handbook.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a whole file, but never more than a limit: a file's size as listed is not always what
 * reading it gives (it may grow meanwhile, and some file systems list 0 for an endless file).
 */
public final class BoundedRead {

    private BoundedRead() {}

    /**
     * @param listedSize the size its attributes gave, read in one go when within the limit
     * @return the bytes, or empty when the file holds more than {@code limit} bytes
     */
    public static Optional<byte[]> of(Path file, long listedSize, long limit) throws IOException {
        int expected = (int) Math.min(Math.max(listedSize, 0), limit);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[expected];
            int read = in.readNBytes(bytes, 0, expected);
            if (read < expected) {
                return Optional.of(Arrays.copyOf(bytes, read));
            }
            int next = in.read();
            if (next < 0) {
                return Optional.of(bytes);
            }
            byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit - expected));
            if ((long) expected + 1 + rest.length > limit) {
                return Optional.empty();
            }
            byte[] all = Arrays.copyOf(bytes, expected + 1 + rest.length);
            all[expected] = (byte) next;
            System.arraycopy(rest, 0, all, expected + 1, rest.length);
            return Optional.of(all);
        }
    }
}
