package dev.handbook.redteam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file below a folder with a digest of its bytes, to compare a tree before and after, byte for byte. */
final class WrittenFiles {

    private WrittenFiles() {}

    /** Path (relative, forward slashes) to the SHA-256 of its bytes; folders are listed too, with an empty value. */
    static Map<String, String> of(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.put(
                        relative + (Files.isDirectory(path) ? "/" : ""),
                        Files.isRegularFile(path) ? sha256(Files.readAllBytes(path)) : "");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same, leaving out one folder below the root (the build's target/), which a build may write. */
    static Map<String, String> outside(Path root, String written) {
        Map<String, String> files = of(root);
        files.keySet().removeIf(path -> path.equals(written + "/") || path.startsWith(written + "/"));
        return files;
    }
}
