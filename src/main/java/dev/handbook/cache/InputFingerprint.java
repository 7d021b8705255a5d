package dev.handbook.cache;

import dev.handbook.files.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One digest over everything a build reads: the files of the given folders and files (path and
 * content), plus any extra values such as the tool's version and the date rules are judged on.
 * Equal digests mean a build would produce the same site.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(Path sourceDir, List<String> roots, List<String> extras) {
        List<Path> files = new ArrayList<>();
        for (String root : roots) {
            files.addAll(filesUnder(sourceDir.resolve(root)));
        }
        List<String> hashes = files.parallelStream().map(file -> sourceDir.relativize(file) + "=" + hash(file)).toList();
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
            return new Fingerprint().add(Files.readAllBytes(file)).hex();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
