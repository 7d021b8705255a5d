package dev.handbook.redteam;

import static dev.handbook.redteam.AttackedHandbook.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.redteam.AttackedHandbook.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a pull request can make the build read, tried as an attacker would: every folder the build
 * reads as a link out of the source folder, links into /proc, /dev and /etc, named pipes where
 * pages and site.yml belong, link loops, hard links, odd names. Each attack is made at test time
 * in a temporary folder (git cannot carry a named pipe or a hard link, and a link to /proc would
 * be a trap in the repository), and each asserts the exit code, the exact lines printed, that
 * nothing outside the output was written and that the planted secret was published nowhere.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputAttacksTest {

    private static final String OUTSIDE = ", outside the source folder; a build reads only what lies inside the "
            + "source folder, so copy the files in instead [config]";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"content", "templates", "assets"})
    void aFolderTheBuildReadsThatIsALinkOutOfTheSourceIsAConfigurationError(String folder) throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        if (folder.equals("content")) {
            deleteTree(handbook.source().resolve("content"));
        }
        Files.createSymbolicLink(handbook.source().resolve(folder), Path.of("../outside"));
        handbook.snapshot();
        String line =
                folder + ":1:1: error: `" + folder + "` is a symbolic link to " + real(handbook.outside()) + OUTSIDE;
        Run build = handbook.build();
        Run check = handbook.check();
        assertEquals(List.of(2, 2), List.of(build.exitCode(), check.exitCode()));
        assertEquals(List.of(line), build.errLines());
        assertEquals(List.of(line), check.errLines());
        assertFalse(Files.exists(handbook.site()));
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished(build, check);
    }

    @Test
    void aSiteYmlThatIsALinkOutOfTheSourceIsAConfigurationError() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createSymbolicLink(handbook.source().resolve("site.yml"), Path.of("../outside/site.yml"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(
                List.of("site.yml:1:1: error: `site.yml` is a symbolic link to "
                        + real(handbook.outside().resolve("site.yml")) + OUTSIDE),
                build.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished(build);
    }

    @Test
    void aConfiguredPathThatNamesALinkOutOfTheSourceIsAConfigurationError() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.writeString(
                handbook.source().resolve("site.yml"), "paths: {assets: static, templates: looks/templates}\n");
        Files.createSymbolicLink(handbook.source().resolve("static"), handbook.outside());
        Files.createSymbolicLink(handbook.source().resolve("looks"), Path.of("../outside"));
        Files.createDirectories(handbook.outside().resolve("templates"));
        Files.copy(handbook.outside().resolve("home.ftlh"), handbook.outside().resolve("templates/home.ftlh"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(
                List.of(
                        "looks/templates:1:1: error: `looks/templates` leads through a symbolic link to "
                                + real(handbook.outside()).resolve("templates") + OUTSIDE,
                        "static:1:1: error: `static` is a symbolic link to " + real(handbook.outside()) + OUTSIDE),
                build.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished(build);
    }

    @Test
    void aLinkToAFolderInsideTheSourceIsFine() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createDirectories(handbook.source().resolve("design/static"));
        Files.writeString(handbook.source().resolve("design/static/logo.txt"), "logo");
        Files.createSymbolicLink(handbook.source().resolve("assets"), Path.of("design/static"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("logo", Files.readString(handbook.site().resolve("logo.txt")));
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished(build);
    }

    @Test
    void aRootThatLeadsNowhereOrASiteYmlThatIsAFolderIsAConfigurationError() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createSymbolicLink(handbook.source().resolve("templates"), Path.of("../gone"));
        Files.createDirectories(handbook.source().resolve("site.yml"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(
                List.of("site.yml:1:1: error: `site.yml` is a folder, not a file; make it the file or remove it "
                        + "[config]"),
                build.errLines());
        Files.delete(handbook.source().resolve("site.yml"));
        handbook.snapshot();
        Run again = handbook.build();
        assertEquals(2, again.exitCode());
        assertEquals(
                List.of("templates:1:1: error: `templates` is a symbolic link to `../gone`, which does not exist; "
                        + "remove it or restore what it points at [config]"),
                again.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @Test
    void theSourceFolderMayNotBeAPseudoFileSystem() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc here");
        Run check = AttackedHandbook.cli("check", "--source", "/proc/self");
        assertEquals(2, check.exitCode());
        assertEquals(
                List.of("error: the source folder /proc/self (/proc/"
                        + ProcessHandle.current().pid()
                        + ") cannot be used: this is part of a proc file system, which the kernel makes up as it is read, not "
                        + "a file of the handbook; the build never opens it [config]"),
                check.errLines());
    }

    @Test
    void assetsAsALinkToTheBuildsOwnProcessIsRefusedBeforeAnythingIsRead() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createSymbolicLink(handbook.source().resolve("assets"), Path.of("/proc/self"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(
                List.of("assets:1:1: error: `assets` is a symbolic link to /proc/"
                        + ProcessHandle.current().pid() + OUTSIDE),
                build.errLines());
        assertFalse(Files.exists(handbook.site()));
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev", "/etc"})
    void assetsAsALinkToASystemFolderIsRefused(String system) throws IOException {
        assumeTrue(Files.isDirectory(Path.of(system)), system + " is not a folder here");
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createSymbolicLink(handbook.source().resolve("assets"), Path.of(system));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(
                List.of("assets:1:1: error: `assets` is a symbolic link to " + real(Path.of(system)) + OUTSIDE),
                build.errLines());
        assertFalse(Files.exists(handbook.site()));
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @ParameterizedTest
    @ValueSource(strings = {"link", "configured"})
    void aFolderTheBuildReadsMayNotBeTheGitFolder(String how) throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createDirectories(handbook.source().resolve(".git"));
        Files.writeString(
                handbook.source().resolve(".git/config"),
                "[http]\n\textraheader = AUTHORIZATION: basic " + handbook.secret() + "\n");
        String expected;
        if (how.equals("link")) {
            Files.createSymbolicLink(handbook.source().resolve("assets"), Path.of(".git"));
            expected = "assets:1:1: error: `assets` is a symbolic link to `.git`, a hidden folder, whose files are "
                    + "never read or published; point it at a folder that is not hidden [config]";
        } else {
            Files.writeString(handbook.source().resolve("site.yml"), "paths: {assets: .git}\n");
            expected = "site.yml:1:17: error: `paths.assets` names a hidden folder (`.git`), whose files are never "
                    + "read or published; use a folder like `assets` [config]";
        }
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(List.of(expected), build.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished(build);
    }

    @Test
    void everyCommandRefusesARootThatLeadsOut() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createSymbolicLink(handbook.source().resolve("assets"), handbook.outside());
        handbook.snapshot();
        String line = "assets:1:1: error: `assets` is a symbolic link to " + real(handbook.outside()) + OUTSIDE;
        String source = handbook.source().toString();
        for (String[] command : List.of(
                new String[] {"check", "--format", "json"},
                new String[] {"new", "product", "Gauge"},
                new String[] {"new", "guide", "Setup"},
                new String[] {"serve", "--port", "0"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--source", source));
            Run run = AttackedHandbook.cli(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), String.join(" ", command) + ": " + run.err());
            assertEquals(List.of(line), run.errLines(), String.join(" ", command));
            handbook.assertSecretNotPublished(run);
        }
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @Test
    void aLinkInsideContentToTheProcessEnvironmentIsNeverRead() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createSymbolicLink(handbook.source().resolve("content/environ.txt"), Path.of("/proc/self/environ"));
        handbook.snapshot();
        String finding = "content/environ.txt:1:1: error: this symbolic link leads outside the content folder and is "
                + "ignored; copy the file in instead [unsafe-link]";
        Run build = handbook.build();
        assertEquals(1, build.exitCode());
        assertEquals(List.of(finding, "1 error, 0 warnings in 0 of 5 pages"), build.errLines());
        assertFalse(Files.exists(handbook.site()));
        // even as a mere warning the link is not followed
        Files.writeString(handbook.source().resolve("site.yml"), "severity: {unsafe-link: warning}\n");
        handbook.snapshot();
        Run warned = handbook.build();
        assertEquals(0, warned.exitCode(), warned.err());
        assertFalse(Files.exists(handbook.site().resolve("environ.txt")));
        assertTrue(Files.exists(handbook.site().resolve("index.html")));
        handbook.assertNothingWrittenOutsideTheOutput();
        String path = System.getenv("PATH");
        assumeTrue(path != null && path.length() > 8, "no PATH to look for");
        assertFalse(handbook.published(path), "the environment was published");
    }

    @Test
    void aNamedPipeForAPageIsReportedNeverOpened() throws Exception {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        mkfifo(handbook.source().resolve("content/guides/pipe.md"));
        mkfifo(handbook.source().resolve("content/guides/pipe.png"));
        handbook.snapshot();
        List<String> findings = List.of(
                "content/guides/pipe.md:1:1: error: this is a named pipe (FIFO), not a file; "
                        + "the build never opens it: remove it [special-file]",
                "content/guides/pipe.png:1:1: error: this is "
                        + "a named pipe (FIFO), not a file; the build never opens it: remove it [special-file]");
        Run check = handbook.check();
        Run build = handbook.build();
        assertEquals(List.of(1, 1), List.of(check.exitCode(), build.exitCode()));
        assertEquals(with(findings, "2 errors, 0 warnings in 0 of 5 pages"), check.errLines());
        assertEquals(check.errLines(), build.errLines());
        Files.writeString(handbook.source().resolve("site.yml"), "severity: {special-file: warning}\n");
        handbook.snapshot();
        Run warned = handbook.build();
        assertEquals(0, warned.exitCode(), warned.err());
        assertFalse(Files.exists(handbook.site().resolve("guides/pipe.html")));
        assertFalse(Files.exists(handbook.site().resolve("guides/pipe.png")));
        assertTrue(Files.exists(handbook.site().resolve("guides/glossary.html")));
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished(check, build, warned);
    }

    @Test
    void aNewGuideBesideANamedPipeIsWrittenWithoutOpeningIt() throws Exception {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        mkfifo(handbook.source().resolve("content/guides/pipe.md"));
        Run run = AttackedHandbook.cli(
                "new", "guide", "Setup", "--source", handbook.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(handbook.source().resolve("content/guides/setup.md"))
                .contains("title: Setup"));
    }

    @Test
    void aNamedPipeForSiteYmlIsAConfigurationErrorNotAHang() throws Exception {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        mkfifo(handbook.source().resolve("site.yml"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(
                List.of("site.yml:1:1: error: `site.yml` is a named pipe (FIFO), not a file; the build never "
                        + "opens it: remove it [config]"),
                build.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @Test
    void namedPipesInTemplatesAndAssetsAreReportedNeverOpened() throws Exception {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createDirectories(handbook.source().resolve("templates"));
        Files.createDirectories(handbook.source().resolve("assets"));
        mkfifo(handbook.source().resolve("templates/home.ftlh"));
        mkfifo(handbook.source().resolve("assets/feed.xml"));
        Files.createSymbolicLink(handbook.source().resolve("templates/guide.ftlh"), Path.of("../../outside/home.ftlh"));
        handbook.snapshot();
        Run check = handbook.check();
        assertEquals(1, check.exitCode());
        assertEquals(
                List.of(
                        "assets/feed.xml:1:1: error: this is a named pipe (FIFO), not a file; the build never "
                                + "opens it: remove it [special-file]",
                        "templates/guide.ftlh:1:1: error: this symbolic link leads outside the templates folder and is ignored; "
                                + "copy the file in instead [unsafe-link]",
                        "templates/home.ftlh:1:1: error: this is a named pipe (FIFO), not a file; the build never opens it: "
                                + "remove it [special-file]",
                        "3 errors, 0 warnings in 0 of 5 pages"),
                check.errLines());
        Files.writeString(
                handbook.source().resolve("site.yml"), "severity: {special-file: warning, unsafe-link: warning}\n");
        handbook.snapshot();
        Run warned = handbook.build();
        assertEquals(0, warned.exitCode(), warned.err());
        assertFalse(Files.exists(handbook.site().resolve("feed.xml")));
        assertTrue(Files.readString(handbook.site().resolve("index.html")).contains("<html"), "the embedded home page");
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished(check, warned);
    }

    @Test
    void linksInALoopAreReportedAndTheBuildEnds() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createSymbolicLink(handbook.source().resolve("content/guides/a.md"), Path.of("b.md"));
        Files.createSymbolicLink(handbook.source().resolve("content/guides/b.md"), Path.of("a.md"));
        Files.createSymbolicLink(handbook.source().resolve("templates"), Path.of("templates"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(2, build.exitCode());
        assertEquals(
                List.of("templates:1:1: error: `templates` leads round in a loop of symbolic links; remove the loop "
                        + "[config]"),
                build.errLines());
        Files.delete(handbook.source().resolve("templates"));
        handbook.snapshot();
        String loop = ":1:1: error: this symbolic link leads round in a loop of links; remove it [io]";
        Run again = handbook.build();
        assertEquals(1, again.exitCode());
        assertEquals(
                List.of(
                        "content/guides/a.md" + loop,
                        "content/guides/b.md" + loop,
                        "2 errors, 0 warnings in 0 of 5 pages"),
                again.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    /**
     * Decided: a file with several names is a file of the folder like any other, published as it is. Git cannot carry
     * a hard link, so only someone who can already write into the checkout on the build machine can make one, and
     * (fs.protected_hardlinks, on by default) only to a file they own or may already read and write; refusing them
     * would cost a second lstat of every file of every build. README's Safety section says so.
     */
    @Test
    void aHardLinkIsAnOrdinaryFileOfItsFolder() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createLink(
                handbook.source().resolve("content/key.txt"), handbook.outside().resolve("id_key"));
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(handbook.secret() + "\n", Files.readString(handbook.site().resolve("key.txt")));
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @Test
    void aFolderNamedLikeAPageIsAFolder() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.createDirectories(handbook.source().resolve("content/guides/x.md"));
        Files.writeString(handbook.source().resolve("content/guides/x.md/inside.md"), "# Inside\n");
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(List.of("0 errors, 0 warnings in 0 of 6 pages"), build.errLines());
        assertTrue(Files.isRegularFile(handbook.site().resolve("guides/x.md/inside.html")));
        assertFalse(Files.exists(handbook.site().resolve("guides/x.html")));
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @Test
    void namesThatDifferOnlyInCaseCollide() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Files.writeString(handbook.source().resolve("content/guides/Setup.md"), "# Setup\n");
        Files.writeString(handbook.source().resolve("content/guides/setup.md"), "# Setup, again\n");
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(1, build.exitCode());
        assertEquals(
                List.of(
                        "content/guides/setup.md:1:1: error: `content/guides/setup.md` and `content/guides/Setup.md` "
                                + "differ only in letter case, so on a macOS or Windows checkout they are one and the same; rename one "
                                + "of them [path-collision]",
                        "1 error, 0 warnings in 1 of 7 pages"),
                build.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @Test
    void namesThatDifferOnlyInUnicodeNormalisationCollide() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        String composed = "caf\u00e9.md";
        String decomposed = "cafe\u0301.md";
        Files.writeString(handbook.source().resolve("content/guides/" + composed), "# Caf\u00e9\n");
        Files.writeString(handbook.source().resolve("content/guides/" + decomposed), "# Caf\u00e9 again\n");
        assumeTrue(
                Files.list(handbook.source().resolve("content/guides")).count() == 4,
                "this file system keeps only one of the two names");
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(1, build.exitCode());
        assertEquals(
                List.of(
                        "content/guides/" + composed + ":1:1: error: `content/guides/" + composed + "` and `content/"
                                + "guides/" + decomposed
                                + "` differ only in Unicode normalisation (how an accented letter is encoded), so "
                                + "on a macOS or Windows checkout they are one and the same; rename one of them [path-collision]",
                        "1 error, 0 warnings in 1 of 7 pages"),
                build.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    @Test
    void aNameOf250BytesIsPublishedAsAGuideAndReportedAsAProduct() throws IOException {
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        String name = "a".repeat(247) + ".md";
        assertEquals(250, name.length());
        Files.writeString(handbook.source().resolve("content/guides/" + name), "# Long\n");
        handbook.snapshot();
        Run build = handbook.build();
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(handbook.site().resolve("guides/" + "a".repeat(247) + ".html")));
        Files.move(
                handbook.source().resolve("content/guides/" + name),
                handbook.source().resolve("content/products/" + name));
        Files.writeString(
                handbook.source().resolve("content/products/" + name),
                "---\ntype: product\nmaturity: idea\n"
                        + "mission: It is long.\nowner: Team\nalignment: direct\nalignment_note: Long.\n---\n");
        handbook.snapshot();
        Run check = handbook.check();
        Run product = handbook.build();
        String finding = "content/products/" + name + ":1:1: error: the site would hold a file named `aaaaaaaaaaaaaaaa"
                + "...aaaaaa.catalog-info.yaml`, 265 bytes long, and file systems allow 255; shorten the file name or give "
                + "the page a shorter `slug:` [name-too-long]";
        assertEquals(List.of(1, 1), List.of(check.exitCode(), product.exitCode()));
        assertEquals(List.of(finding, "1 error, 0 warnings in 1 of 6 pages"), check.errLines());
        assertEquals(check.errLines(), product.errLines());
        handbook.assertNothingWrittenOutsideTheOutput();
    }

    private static List<String> with(List<String> lines, String last) {
        List<String> all = new java.util.ArrayList<>(lines);
        all.add(last);
        return all;
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(process.waitFor() == 0, "mkfifo is not available");
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
