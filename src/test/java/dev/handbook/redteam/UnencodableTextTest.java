package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.SiteBuilder;
import dev.handbook.cli.Main;
import dev.handbook.run.Outcome;
import dev.handbook.run.RunOptions;
import dev.handbook.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Half a surrogate pair, made by a YAML escape ({@code "\ud800"}) or a Markdown reference
 * ({@code &#xD800;}), is not a character: no file can hold it. A title holding one used to pass
 * {@code check} and fail {@code build} with "cannot write map.dot: Input length = 1" and no file
 * or line (unencodable-text).
 */
class UnencodableTextTest {

    private static final String HALF = "half of a surrogate pair, which is not a character and cannot be written to a "
            + "file; write the whole character instead [encoding]";

    @TempDir
    Path temp;

    private Path handbook() {
        return Trees.copy(Path.of("src/test/resources/handbooks/unencodable-text"), temp.resolve("unencodable-text"));
    }

    @Test
    void checkFindsEveryValueThatHoldsHalfAPairAtItsLine() {
        List<String> printed = cli(1, "check", "--source", handbook().toString());
        assertEquals(
                List.of(
                        "content/products/half-moon.md:2:8: error: this text holds `\\ud800`, " + HALF,
                        "content/products/half-moon.md:5:8: error: this text holds `\\udc00`, " + HALF,
                        "content/products/half-moon.md:6:10: error: this text holds `\\ud83c`, " + HALF,
                        "content/products/half-moon.md:9:8: error: this text holds `\\ud800`, " + HALF,
                        "content/products/half-moon.md:10:1: error: this text holds `\\ud800`, " + HALF,
                        "content/products/half-moon.md:10:1: warning: `key\ufffd` is not a front matter key; remove it, or declare "
                                + "it as a characteristic in site.yml's schema [unknown-key]",
                        "5 errors, 1 warning in 1 of 2 pages"),
                printed);
    }

    @Test
    void aSiteYmlValueHoldingHalfAPairIsASetupErrorAtItsLine() throws Exception {
        Path source = handbook();
        Files.writeString(source.resolve("site.yml"), "title: Handbook\nmission: \"Tides\\udbff and moon\"\n");
        List<String> printed = cli(2, "check", "--source", source.toString());
        assertEquals(List.of("site.yml:2:10: error: this text holds `\\udbff`, " + HALF), printed);
    }

    @Test
    void buildStopsAtTheSameFindingsInsteadOfFailingToWriteAFile() {
        List<String> printed = cli(
                1,
                "build",
                "--source",
                handbook().toString(),
                "--output",
                temp.resolve("site").toString());
        assertTrue(
                printed.contains("content/products/half-moon.md:2:8: error: this text holds `\\ud800`, " + HALF),
                printed.toString());
        assertFalse(printed.stream().anyMatch(line -> line.contains("cannot write")), printed.toString());
    }

    @Test
    void sitesRenderedDespiteTheErrorsHoldTheReplacementCharacterEverywhere() throws Exception {
        Path site = temp.resolve("preview");
        Outcome outcome = new SiteBuilder()
                .build(RunOptions.of(handbook(), LocalDate.of(2026, 11, 21))
                        .withOutput(site)
                        .withPreview(true));
        assertEquals(
                Outcome.Status.CONTENT_ERRORS,
                outcome.status(),
                outcome.problems().toString());
        assertTrue(Files.readString(site.resolve("map.dot")).contains("Half\ufffd moon"));
        assertTrue(Files.readString(site.resolve("backstage/half-moon.catalog-info.yaml"))
                .contains("Half\ufffd moon"));
        assertTrue(Files.readString(site.resolve("products.json")).contains("Half\\ufffd moon")
                || Files.readString(site.resolve("products.json")).contains("Half\ufffd moon"));
        for (Path file : files(site)) {
            assertFalse(
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("Half? moon"),
                    file.toString());
        }
    }

    @Test
    void aReferenceToHalfAPairInMarkdownIsTheReplacementCharacter() throws Exception {
        Path source = handbook();
        Path product = source.resolve("content/products/half-moon.md");
        Files.writeString(product, Files.readString(product).replaceAll("\\\\u[0-9a-f]{4}", ""));
        Path site = temp.resolve("site");
        cli(0, "build", "--source", source.toString(), "--output", site.toString());
        Document page = Jsoup.parse(site.resolve("guides/references.html").toFile(), "UTF-8");
        assertEquals(
                "References \ufffd in a heading", page.selectFirst("main h1").text());
        assertEquals(
                "Text with \ufffd and \ufffd in it, and a link.",
                page.selectFirst("main p").text());
        assertEquals("title \ufffd", page.selectFirst("main p a").attr("title"));
        assertEquals(
                "&#xD800; stays as written in code",
                page.selectFirst("main pre code").text());
        assertFalse(Files.readString(site.resolve("guides/references.html")).contains("?"));
    }

    private static List<Path> files(Path root) throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        return files;
    }

    private static List<String> cli(int expectedCode, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        List<String> lines = err.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.matches("(parsed|validated|modelled|rendered) .*"))
                .toList();
        assertEquals(expectedCode, code, String.join("\n", lines));
        return lines;
    }
}
