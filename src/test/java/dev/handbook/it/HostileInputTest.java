package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.output.StagedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: no script reaches the site, nothing escapes the output folder, nothing is lost. */
class HostileInputTest {

    @TempDir
    Path temp;

    /** The default: raw HTML is kept through the allow-list, so the raw script is gone and the harmless rest stays. */
    @Test
    void contentCannotInjectScriptIntoTheSite() throws IOException {
        Path site = buildHostile(null);
        assertNoScriptReachesTheSite(site);
        Document product = SiteLinks.parse(site.resolve("products/xss.html"));
        assertEquals(
                "<script>alert('t')</script>Sneaky",
                product.selectFirst("main h1").text());
        assertFalse(product.selectFirst(".product-body").text().contains("alert('raw')"));
        assertEquals("raw block", product.selectFirst(".product-body div").text());
        assertTrue(product.select(".product-body p").eachText().contains("Inline html in a paragraph."));
        assertEquals(
                "https://example.org/safe",
                product.select(".product-body a").last().attr("href"));
    }

    @Test
    void escapedRawHtmlIsShownAsText() throws IOException {
        Path site = buildHostile("escape");
        assertNoScriptReachesTheSite(site);
        Document product = SiteLinks.parse(site.resolve("products/xss.html"));
        assertTrue(product.selectFirst(".product-body").text().contains("<script>alert('raw')</script>"));
        assertEquals(
                "https://example.org/safe",
                product.select(".product-body a").last().attr("href"));
    }

    private Path buildHostile(String rawHtml) throws IOException {
        Path source = Fixtures.copy("hostile", temp);
        if (rawHtml != null) {
            Files.writeString(
                    source.resolve("site.yml"),
                    "markdown: {raw_html: " + rawHtml + "}\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        Path site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        return site;
    }

    private static void assertNoScriptReachesTheSite(Path site) throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path page : SiteLinks.htmlFiles(site)) {
            Document document = SiteLinks.parse(page);
            document.select("iframe, object, embed").forEach(e -> findings.add(page.getFileName() + ": " + e));
            document.select("script").stream()
                    .filter(s -> !s.attr("src")
                                    .matches("((\\.\\./)*|/)assets/(theme|search|table|highlight|highlight\\.min)\\.js")
                            || !s.html().isEmpty())
                    .forEach(s -> findings.add(page.getFileName() + ": " + s));
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                    if (name.startsWith("on")) {
                        findings.add(page.getFileName() + ": event handler " + element.tagName() + "[" + name + "]");
                    }
                    if ((name.equals("href") || name.equals("src"))
                            && (value.startsWith("javascript:")
                                    || value.startsWith("vbscript:")
                                    || value.startsWith("data:"))) {
                        findings.add(page.getFileName() + ": " + element.tagName() + "[" + name + "=" + value + "]");
                    }
                }
            }
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void unsafeSlugIsRefusedAndNothingIsWrittenOutsideTheOutput() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path beacon = source.resolve("content/products/beacon.md");
        Files.writeString(beacon, Files.readString(beacon).replace("title: Beacon", "title: Beacon\nslug: ../../evil"));
        List<Path> before = listing(temp);
        Fixtures.Run run = Fixtures.cli(
                "build",
                "--source",
                source.toString(),
                "--output",
                temp.resolve("site").toString());
        assertEquals(1, run.exitCode());
        assertTrue(
                run.err().contains("content/products/beacon.md:3:7: error: slug `../../evil` is not allowed"),
                run.err());
        assertEquals(before, listing(temp));
    }

    @Test
    void aliasBombFailsFastWithAClearError() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        StringBuilder bomb = new StringBuilder(
                "---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append("]\n");
        }
        bomb.append("---\nBody\n");
        Files.writeString(source.resolve("content/guides/bomb.md"), bomb);
        Fixtures.Run run = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> Fixtures.cli("check", "--source", source.toString()));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/guides/bomb.md:"), run.err());
        assertTrue(run.err().contains("[yaml-syntax]"), run.err());
    }

    @Test
    void javaObjectTagsAreRefused() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.writeString(
                source.resolve("content/guides/tag.md"),
                "---\ntitle: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\nBody\n");
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(1, run.exitCode());
        assertEquals(
                List.of(
                        "content/guides/tag.md:2:8: error: YAML syntax error: Global tag is not allowed: "
                                + "tag:yaml.org,2002:javax.script.ScriptEngineManager [yaml-syntax]",
                        "1 error, 0 warnings in 1 of 6 pages"),
                run.errLines());
    }

    @Test
    void brokenFilesEachGetAClearOutcome() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path guides = source.resolve("content/guides");
        Files.write(guides.resolve("latin1.md"), "# Caf\u00e9\n\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(guides.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(guides.resolve("empty.md"), "");
        Files.writeString(guides.resolve("bom.md"), "\uFEFF---\r\ntitle: With BOM\r\n---\r\nText\r\n");
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Files.write(guides.resolve("huge.md"), huge);
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(1, run.exitCode());
        assertEquals(
                List.of(
                        "content/guides/binary.md:1:1: error: this is a binary file, not a Markdown page; remove it or rename it [encoding]",
                        "content/guides/huge.md:1:1: error: the page is 20 MiB; pages may be at most 8 MiB, so split it [file-too-large]",
                        "content/guides/latin1.md:1:1: error: the file is not valid UTF-8; save it with UTF-8 encoding [encoding]",
                        "3 errors, 0 warnings in 3 of 10 pages"),
                run.errLines());
    }

    @Test
    void deeplyNestedMarkdownEndsInOneDiagnostic() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.writeString(
                source.resolve("content/guides/deep.md"),
                ">".repeat(50_000) + " deep\n\n" + "- ".repeat(20_000) + "item\n");
        Fixtures.Run run = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> Fixtures.cli("check", "--source", source.toString()));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "content/guides/deep.md:1:1: error: the Markdown nests more than 200 levels deep (lists or "
                                + "quotes inside each other); flatten it [markdown]",
                        "1 error, 0 warnings in 1 of 6 pages"),
                run.errLines());
    }

    @Test
    void symbolicLinkOutOfTheContentFolderIsRefused() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path secret = Files.writeString(temp.resolve("secret.txt"), "password");
        Files.createSymbolicLink(source.resolve("content/images.txt"), secret);
        Path site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(1, run.exitCode());
        assertTrue(
                run.err()
                        .contains("content/images.txt:1:1: error: this symbolic link leads outside the content folder"),
                run.err());
        assertFalse(Files.exists(site.resolve("images.txt")));
    }

    @Test
    void secondBuildOnTheSameOutputIsRefusedWhileOneRuns() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path site = temp.resolve("site");
        try (StagedOutput running = StagedOutput.open(site)) {
            Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains("another build is writing"), run.err());
        }
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
    }

    @Test
    void failedBakeLeavesThePreviousSiteByteForByte() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path site = temp.resolve("site");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
        List<String> before = snapshot(site);
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/product.ftlh"), "<p>${no_such_variable}</p>");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("templates/product.ftlh:1:"), run.err());
        assertEquals(before, snapshot(site));
    }

    private static List<Path> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> snapshot(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        for (Path file : listing(site)) {
            if (Files.isRegularFile(file)) {
                files.add(site.relativize(file) + " " + java.util.Arrays.hashCode(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
