package dev.handbook.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A cheap digest of a published site: every file's path, size and modification time. If someone
 * edits or deletes a file in the output, the digest changes and the next build is a real one.
 */
public final class OutputDigest {

    private OutputDigest() {
    }

    public static String of(Path outputDir) {
        if (!Files.isDirectory(outputDir)) {
            return "missing";
        }
        Fingerprint fingerprint = new Fingerprint();
        try (Stream<Path> walk = Files.walk(outputDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                fingerprint.add(outputDir.relativize(file) + "\t" + attributes.size() + "\t"
                        + attributes.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return fingerprint.hex();
    }
}
