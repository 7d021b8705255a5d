package dev.handbook.cache;

import dev.handbook.files.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;

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
        FileTree.filesWithAttributes(outputDir).forEach((file, attributes) -> fingerprint.add(
                outputDir.relativize(file) + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis()));
        return fingerprint.hex();
    }
}
