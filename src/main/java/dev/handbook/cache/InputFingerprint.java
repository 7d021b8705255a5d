package dev.handbook.cache;

import dev.handbook.files.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One digest over everything a build reads: the files of the given folders and files (path and
 * content), plus any extra values such as the tool's version and the date rules are judged on.
 * Equal digests mean a build would produce the same site.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(Path sourceDir, List<String> roots, List<String> extras) {
        return of(sourceDir, roots, extras, Map.of());
    }

    /**
     * @param known the {@link #hash} of files already read, by their path under {@code sourceDir}
     *              (the pages, as the parse read them): these are not read again
     */
    public static String of(Path sourceDir, List<String> roots, List<String> extras, Map<Path, String> known) {
        List<Path> files = new ArrayList<>();
        for (String root : roots) {
            files.addAll(filesUnder(sourceDir.resolve(root)));
        }
        List<String> hashes = files.parallelStream().map(file -> sourceDir.relativize(file) + "="
                + (known.containsKey(file) ? known.get(file) : hash(file))).toList();
        Fingerprint fingerprint = new Fingerprint();
        extras.forEach(fingerprint::add);
        hashes.forEach(fingerprint::add);
        return fingerprint.hex();
    }

    private static List<Path> filesUnder(Path root) {
        return FileTree.files(root);
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
