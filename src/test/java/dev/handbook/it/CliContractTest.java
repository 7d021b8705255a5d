package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer reads first: the bare command, set-up errors, counts, and what an internal failure exits with. */
class CliContractTest {

    @TempDir
    Path temp;

    @Test
    void aBareCommandNamesEveryCommandDiffAndServeIncluded() {
        Fixtures.Run run = Fixtures.cli();
        assertEquals(2, run.exitCode());
        assertEquals(
                "name a command: build, check, diff, serve, new or explain",
                run.errLines().get(0));
    }

    @Test
    void helpListsTheExitCodes() {
        for (String[] args :
                List.of(new String[] {"--help"}, new String[] {"build", "--help"}, new String[] {"check", "--help"})) {
            Fixtures.Run help = Fixtures.cli(args);
            assertEquals(0, help.exitCode());
            List<String> lines = help.out().lines().map(String::strip).toList();
            assertTrue(
                    lines.contains("70   unexpected internal failure, a bug (--debug prints its trace)"), help.out());
            assertTrue(
                    lines.contains("2   usage or configuration error (bad option, bad site.yml, missing folder)"),
                    help.out());
        }
    }

    @Test
    void aSetUpErrorHasNoMadeUpPosition() {
        Path nowhere = temp.resolve("nowhere");
        Fixtures.Run run = Fixtures.cli("check", "--source", nowhere.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: the source folder " + nowhere + " does not exist [usage]"), run.errLines());
    }

    @Test
    void oneOfAnythingIsCountedInTheSingular() {
        Path source = Fixtures.copy("one-product", temp);
        Path site = temp.resolve("site");
        Fixtures.Run build = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        List<String> lines = build.errLines().stream()
                .map(l -> l.replaceAll(" in \\d+\\.\\d s$", ""))
                .toList();
        int pages = (int) Fixtures.htmlPages(site);
        assertEquals(
                List.of(
                        "history: the handbook is not in a git repository, so product pages show no timeline",
                        "parsed 1 page",
                        "validated 1 page",
                        "modelled 1 product",
                        "rendered " + pages + " pages",
                        "0 errors, 0 warnings in 0 of 1 page",
                        "published " + pages + " pages in " + site + "; open " + site.resolve("index.html")),
                lines);
        Fixtures.Run again = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(
                List.of(
                        "0 errors, 0 warnings in 0 of 1 page",
                        "nothing changed since the last build; " + site + " (" + pages + " pages) is up to date"),
                again.errLines());
    }

    @Test
    void verboseLinesAreEscapedLikeEveryOtherLine() throws IOException {
        Path source = Fixtures.copyTree(
                Path.of("src/test/resources/handbooks/one-product"), temp.resolve("two\nlines\u001b[2K"));
        Fixtures.Run run = Fixtures.cli("build", "--verbose", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        String cache = source.resolve("target/.site.cache")
                .toString()
                .replace("\n", "\\n")
                .replace("\u001b", "\\u001b");
        assertTrue(run.errLines().contains("build cache: " + cache), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
    }

    @Test
    void anUnexpectedFailureExitsWithItsOwnCode() {
        Path source = Fixtures.copy("one-product", temp);
        Run run = run(
                new Exploding("stdout went away\u001b[2K"), "check", "--format", "json", "--source", source.toString());
        assertEquals(70, run.code());
        assertEquals(
                List.of("error: unexpected failure: java.lang.IllegalStateException: stdout went away\\u001b[2K "
                        + "(run with --debug for details)"),
                run.err().lines().toList());
    }

    @Test
    void debugPrintsTheTraceEscaped() {
        Path source = Fixtures.copy("one-product", temp);
        Run run = run(
                new Exploding("a\nforged: line"),
                "check",
                "--debug",
                "--format",
                "json",
                "--source",
                source.toString());
        assertEquals(70, run.code());
        List<String> lines = run.err().lines().toList();
        assertEquals("error: unexpected failure: java.lang.IllegalStateException: a\\nforged: line", lines.get(0));
        assertEquals("java.lang.IllegalStateException: a\\nforged: line", lines.get(1));
        assertTrue(lines.size() > 3 && lines.stream().skip(2).allMatch(l -> l.startsWith("    at ")), run.err());
    }

    private record Run(int code, String err) {}

    private static Run run(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output that fails as no stream should: a stand-in for a bug anywhere below the command. */
    private static final class Exploding extends OutputStream {
        private final String message;

        Exploding(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) {
            throw new IllegalStateException(message);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            throw new IllegalStateException(message);
        }
    }
}
