package dev.handbook.cache;

import dev.handbook.files.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.atomic.LongAdder;

/**
 * A cheap digest of a published site: every file's path, size and modification time. If someone
 * edits or deletes a file in the output, the digest changes and the next build is a real one.
 */
public final class OutputDigest {

    private OutputDigest() {}

    public static String of(Path outputDir) {
        if (!Files.isDirectory(outputDir)) {
            return "missing";
        }
        // each file is digested on whichever core found it, and the digests are added up, so the
        // order of the walk does not matter and tens of thousands of paths need no sorting
        LongAdder sum = new LongAdder();
        LongAdder count = new LongAdder();
        FileTree.forEachFile(outputDir, (file, attributes) -> {
            sum.add(new Fingerprint()
                    .add(outputDir.relativize(file).toString())
                    .add(attributes.size() + "\t"
                            + attributes.lastModifiedTime().toMillis())
                    .value());
            count.increment();
        });
        return HexFormat.of().toHexDigits(sum.sum()) + "-" + count.sum();
    }
}
