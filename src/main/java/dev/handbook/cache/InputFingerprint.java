package dev.handbook.cache;

import dev.handbook.files.FileTree;
import dev.handbook.files.ReadFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /** The digest, and the files it was asked to keep as they were read. */
    public record Inputs(String digest, ReadFiles kept) {
    }

    private InputFingerprint() {
    }

    public static String of(Path sourceDir, List<String> roots, List<String> extras) {
        return read(sourceDir, roots, extras, file -> false).digest();
    }

    /** @param keep which files' bytes to hand back, for a later step that would read them again */
    public static Inputs read(Path sourceDir, List<String> roots, List<String> extras, Predicate<Path> keep) {
        List<Map.Entry<Path, BasicFileAttributes>> files = new ArrayList<>();
        for (String root : roots) {
            files.addAll(FileTree.filesWithAttributes(sourceDir.resolve(root)).entrySet());
        }
        Map<Path, ReadFiles.File> kept = new ConcurrentHashMap<>();
        List<String> hashes = files.parallelStream().map(file -> sourceDir.relativize(file.getKey()) + "="
                + hash(file.getKey(), file.getValue(), keep, kept)).toList();
        Fingerprint fingerprint = new Fingerprint();
        extras.forEach(fingerprint::add);
        hashes.forEach(fingerprint::add);
        return new Inputs(fingerprint.hex(), new ReadFiles(kept));
    }

    private static String hash(Path file, BasicFileAttributes attributes, Predicate<Path> keep,
                               Map<Path, ReadFiles.File> kept) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (keep.test(file)) {
                kept.put(file, new ReadFiles.File(bytes, attributes.lastModifiedTime().toInstant()));
            }
            return new Fingerprint().add(bytes).hex();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
