package dev.handbook.cache;

import dev.handbook.files.InputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One digest over everything a build reads: the files of the given folders and files (path and
 * content), plus any extra values such as the tool's version and the date rules are judged on.
 * Equal digests mean a build would produce the same site.
 */
public final class InputFingerprint {

    private InputFingerprint() {}

    public static String of(Path sourceDir, List<String> roots, List<String> extras) {
        return begin(sourceDir, roots, extras, file -> false).finish(Map.of());
    }

    /**
     * A digest begun now and finished later: the files are listed now, and all of them read now
     * except those {@code later} picks, whose hashes are taken from what was read in between
     * (the pages, as the parse read them). So the digest describes what the build used: a file
     * edited meanwhile is either in the site as edited or makes the next digest differ.
     */
    public static Pending begin(Path sourceDir, List<String> roots, List<String> extras, Predicate<Path> later) {
        Map<Path, Long> sizes = new ConcurrentHashMap<>();
        for (String root : roots) {
            InputTree.of(sourceDir.resolve(root), root).walk((file, attributes) -> sizes.put(file, attributes.size()));
        }
        List<Path> files = new ArrayList<>(sizes.keySet());
        files.sort(null);
        Map<Path, String> now = new ConcurrentHashMap<>();
        files.parallelStream().filter(file -> !later.test(file)).forEach(file -> now.put(file, hash(file)));
        long bytes = sizes.values().stream().mapToLong(Long::longValue).sum();
        return new Pending(sourceDir, files, extras, now, bytes);
    }

    /** A digest whose files are listed and partly read; see {@link #begin}. */
    public static final class Pending {
        private final Path sourceDir;
        private final List<Path> files;
        private final List<String> extras;
        private final Map<Path, String> hashes;
        private final long bytes;

        private Pending(Path sourceDir, List<Path> files, List<String> extras, Map<Path, String> hashes, long bytes) {
            this.sourceDir = sourceDir;
            this.files = files;
            this.extras = extras;
            this.hashes = hashes;
            this.bytes = bytes;
        }

        /** The size of every file listed, as it was listed: the input a site's limits are measured against. */
        public long bytes() {
            return bytes;
        }

        /** @param read the {@link #hash} of files read since, by their path; a file in neither is read now */
        public String finish(Map<Path, String> read) {
            List<String> entries = files.parallelStream()
                    .map(file -> sourceDir.relativize(file) + "="
                            + hashes.getOrDefault(file, read.containsKey(file) ? read.get(file) : hash(file)))
                    .toList();
            Fingerprint fingerprint = new Fingerprint();
            extras.forEach(fingerprint::add);
            entries.forEach(fingerprint::add);
            return fingerprint.hex();
        }
    }

    private static String hash(Path file) {
        try {
            return hash(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** What a file with these bytes adds to the digest. */
    public static String hash(byte[] content) {
        return new Fingerprint().add(content).hex();
    }
}
