package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.handbook.cli.Main;
import dev.handbook.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One attack's ground: a small handbook in {@code source/} (the only-content fixture), a folder
 * {@code outside/} beside it holding recognisable secrets (a key file, a page, a site.yml and a
 * template, each carrying the same random token), and {@code out/} where builds put the site.
 * The test plants its attack, takes a {@link #snapshot()}, runs commands through the command
 * line's own entry point, and asserts that nothing outside {@code out/} changed and that the
 * secret appears nowhere in what was written.
 */
final class AttackedHandbook {

    private final Path root;
    private final Path source;
    private final Path outside;
    private final String secret = "SECRET-" + UUID.randomUUID();
    private Map<String, String> before;

    private AttackedHandbook(Path root) {
        this.root = root;
        this.source = root.resolve("source");
        this.outside = root.resolve("outside");
    }

    static AttackedHandbook in(Path temp) throws IOException {
        AttackedHandbook handbook = new AttackedHandbook(temp);
        Trees.copy(Path.of("src/test/resources/handbooks/only-content"), handbook.source);
        Files.createDirectories(handbook.outside);
        Files.writeString(handbook.outside.resolve("id_key"), handbook.secret + "\n");
        Files.writeString(handbook.outside.resolve("leak.md"), "# Leak\n\n" + handbook.secret + "\n");
        Files.writeString(handbook.outside.resolve("site.yml"), "title: " + handbook.secret + "\n");
        Files.writeString(handbook.outside.resolve("home.ftlh"), handbook.secret + "\n");
        Files.createDirectories(handbook.outside.resolve("guides"));
        Files.writeString(handbook.outside.resolve("guides/leak.md"), "# Leak\n\n" + handbook.secret + "\n");
        Files.createDirectories(handbook.root.resolve("out"));
        return handbook;
    }

    Path source() {
        return source;
    }

    Path outside() {
        return outside;
    }

    String secret() {
        return secret;
    }

    /** Where builds put the site. */
    Path site() {
        return root.resolve("out/site");
    }

    /** The path with every link resolved, as error messages name where a link leads. */
    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What everything outside {@code out/} is now; {@link #assertNothingWrittenOutsideTheOutput} compares. */
    AttackedHandbook snapshot() {
        before = state();
        return this;
    }

    Run build(String... more) {
        List<String> args = new ArrayList<>(
                List.of("build", "--quiet", "--source", source.toString(), "--output", site().toString()));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    Run check(String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--source", source.toString()));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    /** Runs the command line in-process, as {@code java -jar handbook.jar ARGS} would, capturing what it prints. */
    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    void assertNothingWrittenOutsideTheOutput() {
        assertEquals(before, state(), "something outside out/ was written");
    }

    /** No file written holds the secret, and the site holds no link (so nothing in it leads anywhere else). */
    void assertSecretNotPublished(Run... runs) {
        for (Run run : runs) {
            assertFalse(run.out().contains(secret) || run.err().contains(secret), "the secret was printed");
        }
        for (Path file : files(root.resolve("out"))) {
            assertFalse(Files.isSymbolicLink(file), file + " is a link");
            assertFalse(contains(file, secret), file + " holds the secret");
        }
    }

    /** Whether any file written into {@code out/} holds the text. */
    boolean published(String text) {
        return files(root.resolve("out")).stream().anyMatch(file -> contains(file, text));
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry but out/, by path: its kind, size, modification time and, for a link, where it points. */
    private Map<String, String> state() {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path :
                    walk.filter(p -> !p.startsWith(root.resolve("out"))).toList()) {
                BasicFileAttributes attributes =
                        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String kind = attributes.isSymbolicLink()
                        ? "link to " + Files.readSymbolicLink(path)
                        : attributes.isDirectory() ? "folder" : attributes.isRegularFile() ? "file" : "special";
                state.put(
                        root.relativize(path).toString(),
                        kind + " " + attributes.size() + " "
                                + attributes.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }
}
