package dev.handbook.it;

import dev.handbook.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fixture handbooks under src/test/resources/handbooks, always copied before use. */
final class Fixtures {

    private Fixtures() {}

    static Path copy(String name, Path target) {
        Path source = Path.of("src/test/resources/handbooks", name);
        return copyTree(source, target.resolve(name));
    }

    /** The repository's own handbook (content/ and site.yml). */
    static Path copyOwnHandbook(Path target) {
        Path root = target.resolve("own");
        copyTree(Path.of("content"), root.resolve("content"));
        try {
            Files.copy(Path.of("site.yml"), root.resolve("site.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    static Path copyTree(Path source, Path target) {
        return dev.handbook.testing.Trees.copy(source, target);
    }

    /** Runs the CLI in-process, capturing what it prints. */
    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** How many HTML pages a built site holds. */
    static long htmlPages(Path site) {
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Run(int exitCode, String out, String err) {
        java.util.List<String> errLines() {
            return err.lines().toList();
        }
    }
}
