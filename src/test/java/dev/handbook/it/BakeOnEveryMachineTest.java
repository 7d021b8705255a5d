package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.build.SiteBuilder;
import dev.handbook.run.Outcome;
import dev.handbook.testing.Machine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core by itself (no CLI that fixes the JVM's defaults first) bakes the same site, byte for
 * byte, on every {@link Machine}: CRLF line ends, byte order marks, a Turkish locale, a far time zone.
 */
class BakeOnEveryMachineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** headings whose ids a Turkish lower-casing would change, and links to them */
    private static final String GUIDE = """
            ---
            title: Installing
            ---

            # INDEX OF ITEMS

            ## Install It

            Read [the steps](#install-it) and [the index](#index-of-items) in Istanbul.
            """;

    @TempDir
    Path temp;

    @Test
    void everyMachineBakesTheSameSite() throws Exception {
        Map<String, String> plain = bake(Machine.PLAIN);
        assertEquals(
                "install-it",
                org.jsoup.Jsoup.parse(plain.get("guides/installing.html"))
                        .selectFirst("main h2")
                        .id());
        for (Machine machine : Machine.values()) {
            Map<String, String> site = bake(machine);
            assertEquals(plain.keySet(), site.keySet(), machine + ": the same files");
            for (String file : plain.keySet()) {
                assertEquals(plain.get(file), site.get(file), machine + ": " + file);
            }
        }
    }

    private Map<String, String> bake(Machine machine) throws Exception {
        Path source = Files.createTempDirectory(temp, machine.name());
        Fixtures.copyOwnHandbook(source);
        Path own = source.resolve("own");
        Files.writeString(own.resolve("content/guides/installing.md"), GUIDE);
        rewrite(own, machine);
        Path site = source.resolve("site");
        Outcome outcome = machine.run(
                () -> new SiteBuilder().build(new dev.handbook.run.RunOptions(own, site, TODAY, false, false)));
        assertEquals(
                Outcome.Status.BUILT, outcome.status(), machine + ": " + outcome.diagnostics() + outcome.problems());
        assertEquals(0, outcome.diagnostics().size(), machine + ": " + outcome.diagnostics());
        return files(site);
    }

    /** Every page and site.yml as this machine's checkout holds them. */
    private static void rewrite(Path root, Machine machine) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml"))
                    .toList()) {
                Files.write(file, machine.write(Files.readString(file), StandardCharsets.UTF_8));
            }
        }
    }

    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(
                            site.relativize(f).toString().replace('\\', '/'),
                            Files.readString(f, StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
