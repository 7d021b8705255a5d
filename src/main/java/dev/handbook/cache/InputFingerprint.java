package dev.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Path file) {
        try {
            return new Fingerprint().add(Files.readAllBytes(file)).hex();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
