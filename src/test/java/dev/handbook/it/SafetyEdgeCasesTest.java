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

/** Cases a review found: each once broke something a user would notice. */
class SafetyEdgeCasesTest {

    @TempDir
    Path temp;

    @Test
    void anOutputFolderOfSomeoneElsesFilesIsNeverReplaced() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path docs = Files.createDirectories(temp.resolve("userdocs"));
        Path thesis = Files.writeString(docs.resolve("thesis.txt"), "years of work");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", docs.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("holds files that handbook did not write"), run.err());
        assertEquals("years of work", Files.readString(thesis));
        Path notes = Files.writeString(temp.resolve("NOTES.md"), "notes");
        assertEquals(
                2,
                Fixtures.cli("build", "--source", source.toString(), "--output", notes.toString())
                        .exitCode());
        assertEquals("notes", Files.readString(notes));
    }

    @Test
    void aSiteHandbookBuiltIsReplacedOnTheNextBuild() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path site = temp.resolve("site");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
        Files.delete(BuildCacheFile.of(site));
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
    }

    @Test
    void anAliasInsideItsOwnAnchorIsAnErrorNotACrash() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.writeString(source.resolve("content/guides/loop.md"), "---\ntitle: Loop\nx: &a [*a]\n---\nText\n");
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/guides/loop.md:3:") && run.err().contains("[yaml-syntax]"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aContentFolderThatIsALinkToAFolderInsideTheSourceIsReadWhereItLeads() throws IOException {
        Path source = Files.createDirectories(temp.resolve("linked"));
        Fixtures.copy("only-content", source.resolve("docs"));
        Files.createSymbolicLink(source.resolve("content"), Path.of("docs/only-content/content"));
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(List.of("0 errors, 0 warnings in 0 of 5 pages"), run.errLines());
    }

    @Test
    void contentMayNotTakeAnAddressTheSiteGenerates() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.writeString(source.resolve("content/products.md"), "# Our products\n");
        Files.writeString(source.resolve("content/map.json"), "{}");
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(1, run.exitCode());
        assertTrue(
                run.err()
                        .contains("content/map.json:1:1: error: this file would be published at `map.json`, where the "
                                + "site publishes the interface map's JSON file"),
                run.err());
        assertTrue(
                run.err()
                        .contains("content/products.md:1:1: error: `content/products.md` would be published at "
                                + "`products.html`, where the site publishes the products listing"),
                run.err());
    }

    @Test
    void aPageAtAGeneratedAddressStaysAnErrorWhenDuplicateSlugsAreWarnings() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.writeString(source.resolve("site.yml"), "severity:\n  duplicate-slug: warning\n");
        Files.writeString(source.resolve("content/search.md"), "# Find things\n");
        Fixtures.Run run = Fixtures.cli("build", "--quiet", "--source", source.toString());
        assertEquals(
                List.of(
                        "content/search.md:1:1: error: `content/search.md` would be published at `search.html`, "
                                + "where the site publishes the search page; give it another `slug:` or move it [reserved-address]",
                        "1 error, 0 warnings in 1 of 6 pages"),
                run.errLines());
        assertEquals(1, run.exitCode());
        assertFalse(Files.exists(source.resolve("target/site/index.html")));
    }

    @Test
    void aReservedAddressCannotBeMadeAWarning() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.writeString(source.resolve("site.yml"), "severity:\n  reserved-address: warning\n");
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of("site.yml:2:3: error: the severity of `reserved-address` cannot be changed: the site "
                        + "cannot publish a page where it publishes one of its own; move or rename the page [config]"),
                run.errLines());
    }

    @Test
    void hiddenFilesAndLinksInTheAssetsFolderAreNotPublished() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path assets = Files.createDirectories(source.resolve("assets"));
        Files.writeString(assets.resolve("logo.txt"), "fine");
        Files.writeString(assets.resolve(".env"), "SECRET=1");
        Files.createSymbolicLink(assets.resolve("passwd"), Files.writeString(temp.resolve("secret"), "root:x:0:0"));
        Path site = temp.resolve("site");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
        assertTrue(Files.exists(site.resolve("logo.txt")));
        assertFalse(Files.exists(site.resolve(".env")));
        assertFalse(Files.exists(site.resolve("passwd")));
        assertEquals(
                2,
                Fixtures.cli(
                                "build",
                                "--source",
                                source.toString(),
                                "--output",
                                assets.resolve("site").toString())
                        .exitCode());
    }

    @Test
    void productsJsonIsTheSameEveryBuild() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", first.toString())
                        .exitCode());
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", second.toString())
                        .exitCode());
        String json = Files.readString(first.resolve("products.json"));
        assertTrue(json.startsWith("{\"site\":{\"title\":"), json);
        assertEquals(
                json,
                Files.readString(second.resolve("products.json")),
                "two clean builds write the same products.json");
        assertEquals(everyFile(first), everyFile(second), "and every other file the same too");
    }

    @Test
    void headingAnchorsDoNotDependOnTheMachinesLocale() throws Exception {
        Path source = Fixtures.copy("turkish-heading-anchors", temp);
        Path site = temp.resolve("site");
        dev.handbook.testing.Machine.TURKISH.run(() -> {
            Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(
                    0,
                    Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                            .exitCode());
            return null;
        });
        org.jsoup.nodes.Document page = SiteLinks.parse(site.resolve("guides/setup.html"));
        assertEquals("install-it", page.selectFirst("main h2").id());
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void aPageEditedInTheOutputIsRenderedAgainNotReused() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path site = temp.resolve("site");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
        String original = Files.readString(site.resolve("guides/glossary.html"));
        Files.writeString(site.resolve("guides/glossary.html"), "HACKED");
        Path beacon = source.resolve("content/products/beacon.md");
        Files.writeString(beacon, Files.readString(beacon) + "\nOne more line.\n");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
        assertEquals(original, Files.readString(site.resolve("guides/glossary.html")));
    }

    @Test
    void deeplyNestedMarkdownGetsTheSameVerdictFromCheckAndBuild() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.writeString(source.resolve("content/guides/deep.md"), ">".repeat(2_000) + " deep\n");
        Fixtures.Run check = Fixtures.cli("check", "--source", source.toString());
        Fixtures.Run build = Fixtures.cli(
                "build",
                "--source",
                source.toString(),
                "--output",
                temp.resolve("site").toString());
        String expected = "content/guides/deep.md:1:1: error: the Markdown nests more than 200 levels deep (lists or "
                + "quotes inside each other); flatten it [markdown]";
        assertTrue(check.errLines().contains(expected), check.err());
        assertTrue(build.errLines().contains(expected), build.err());
        assertEquals(1, check.exitCode());
        assertEquals(1, build.exitCode());
    }

    /** Where the build keeps its cache for an output folder. */
    static final class BuildCacheFile {
        static Path of(Path site) {
            return dev.handbook.cache.BuildCache.fileFor(site);
        }
    }

    private static java.util.Map<String, String> everyFile(Path site) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        site.relativize(file).toString(),
                        Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
