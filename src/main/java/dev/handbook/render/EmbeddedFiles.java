package dev.handbook.render;

import dev.handbook.cache.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the templates, stylesheet and scripts inside handbook itself. The build cache records
 * it, so a new jar whose embedded CSS or templates changed rebuilds a site whose sources did not
 * (the tool's version alone does not change between two snapshot builds). Taken once per JVM: from
 * the jar's directory (names, CRCs and sizes, no entry read), or from the class folder in development.
 */
public final class EmbeddedFiles {

    static final List<String> FOLDERS = List.of("dev/handbook/templates/", "dev/handbook/static/");
    private static final String DIGEST = of(codeSource());

    private EmbeddedFiles() {}

    public static String digest() {
        return DIGEST;
    }

    /** The digest of the embedded folders of a jar or a class folder. */
    static String of(Path codeSource) {
        Fingerprint fingerprint = new Fingerprint();
        try {
            if (Files.isDirectory(codeSource)) {
                for (String folder : FOLDERS) {
                    folder(fingerprint, codeSource, codeSource.resolve(folder));
                }
            } else {
                jar(fingerprint, codeSource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read handbook's own templates in " + codeSource, e);
        }
        return fingerprint.hex();
    }

    private static void folder(Fingerprint fingerprint, Path root, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                fingerprint
                        .add(root.relativize(file).toString().replace('\\', '/'))
                        .add(Files.readAllBytes(file));
            }
        }
    }

    private static void jar(Fingerprint fingerprint, Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream()
                    .filter(e -> !e.isDirectory() && FOLDERS.stream().anyMatch(e.getName()::startsWith))
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .forEach(e -> fingerprint.add(e.getName()).add(e.getCrc() + ":" + e.getSize()));
        }
    }

    private static Path codeSource() {
        try {
            return Path.of(EmbeddedFiles.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
