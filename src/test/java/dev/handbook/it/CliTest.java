package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: exit codes 0/1/2 and compiler-style diagnostics on stderr. */
class CliTest {

    @TempDir
    Path temp;

    @Test
    void helpAndVersionExitZero() {
        Fixtures.Run help = Fixtures.cli("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("build"), help.out());
        assertTrue(help.out().contains("check"), help.out());
        Fixtures.Run version = Fixtures.cli("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("handbook "), version.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Fixtures.cli("check", "--no-such-option").exitCode());
        assertEquals(2, Fixtures.cli("frobnicate").exitCode());
        assertEquals(
                2,
                Fixtures.cli("check", "--format", "yaml", "--source", temp.toString())
                        .exitCode());
    }

    @Test
    void missingSourceFolderIsAUsageError() {
        Fixtures.Run run =
                Fixtures.cli("check", "--source", temp.resolve("nowhere").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void badSiteYmlIsAConfigurationErrorAtItsLine() throws IOException {
        Path source = Fixtures.copy("site-yml-typo", temp);
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of("site.yml:2:1: error: `titel` is not a key of site.yml (did you mean `title`?); known keys: "
                        + "title, base_url, mission, repository, paths, markdown, schema, severity, strict, limits, static, favicon, "
                        + "theme_color, owners, campaigns [unknown-key]"),
                run.errLines());
    }

    @Test
    void yamlErrorInFrontMatterFailsWithFileLineAndColumn() {
        Path source = Fixtures.copy("yaml-error", temp);
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(1, run.exitCode());
        List<String> lines = run.errLines();
        assertEquals(2, lines.size(), run.err());
        assertTrue(
                lines.get(0)
                        .matches("content/products/broken\\.md:6:\\d+: error: YAML syntax error: .* \\[yaml-syntax\\]"),
                lines.get(0));
        assertEquals("1 error, 0 warnings in 1 of 1 page", lines.get(1));
    }

    @Test
    void cleanHandbookChecksWithExitZero() {
        Path source = Fixtures.copy("only-content", temp);
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("0 errors, 0 warnings in 0 of 5 pages"), run.errLines());
    }

    @Test
    void buildWithErrorsRendersNothingAndKeepsThePreviousSite() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path site = temp.resolve("site");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
        byte[] before = Files.readAllBytes(site.resolve("products/beacon.html"));
        Files.writeString(source.resolve("content/products/beacon.md"), "---\ntype: product\nmaturity: [\n---\n");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(1, run.exitCode());
        assertEquals(new String(before), Files.readString(site.resolve("products/beacon.html")));
        assertFalse(Files.exists(temp.resolve(".site.staging")));
    }

    @Test
    void buildDefaultsToTargetSiteInsideTheSource() {
        Path source = Fixtures.copy("only-content", temp);
        assertEquals(0, Fixtures.cli("build", "--source", source.toString()).exitCode());
        assertTrue(Files.isRegularFile(source.resolve("target/site/index.html")));
    }

    @Test
    void outputMayNotBeTheSourceOrInsideContent() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        long before = Files.walk(source).count();
        assertEquals(
                2,
                Fixtures.cli("build", "--source", source.toString(), "--output", source.toString())
                        .exitCode());
        assertEquals(
                2,
                Fixtures.cli(
                                "build",
                                "--source",
                                source.toString(),
                                "--output",
                                source.resolve("content/out").toString())
                        .exitCode());
        assertEquals(
                2,
                Fixtures.cli("build", "--source", source.toString(), "--output", temp.toString())
                        .exitCode());
        assertEquals(before, Files.walk(source).count());
    }

    @Test
    void ownHandbookChecksClean() {
        Path source = Fixtures.copyOwnHandbook(temp);
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void strictOptionMakesWarningsFail() throws IOException {
        Path source = Fixtures.copy("unknown-key-warning", temp);
        Fixtures.Run lenient = Fixtures.cli("check", "--source", source.toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        Fixtures.Run strict = Fixtures.cli("check", "--strict", "--source", source.toString());
        assertEquals(1, strict.exitCode(), strict.err());
        assertEquals(
                1,
                Fixtures.cli("build", "--strict", "--source", source.toString()).exitCode());
        assertFalse(Files.exists(source.resolve("target/site")));
    }
}
