package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.Main;
import dev.handbook.serve.LivePreview;
import dev.handbook.testing.JsonText;
import dev.handbook.testing.Trees;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A page whose front matter holds line breaks, a carriage return, terminal escape sequences and
 * GitHub workflow commands (forged-values): in every format a person or a CI runner reads, each
 * finding stays one line of its own and prints no control character; the machine formats stay
 * valid and keep the value as it was.
 */
class ForgedOutputTest {

    /** The maturity value as YAML decodes it. */
    private static final String MATURITY = "idea\r\u001b[2K::stop-commands::halt\ncontent/products/forged.md:1:1: "
            + "error: forged [yaml-syntax]\n::warning file=site.yml::forged";

    private static final String SHOWN = "idea\\r\\u001b[2K::stop-commands::halt\\ncontent/products/forged.md:1:1: "
            + "error: forged [yaml-syntax]\\n::warning file=site.yml::forged";

    @TempDir
    Path temp;

    private Path handbook() {
        return Trees.copy(Path.of("src/test/resources/handbooks/forged-values"), temp.resolve("forged-values"));
    }

    @Test
    void theTextFormatPrintsEachFindingOnOneLine() {
        Run run = run("check", "--source", handbook().toString());
        assertEquals(1, run.code);
        assertEquals(
                List.of(
                        "content/products/forged.md:4:11: error: `maturity: " + SHOWN
                                + "` is not a maturity level; use one of "
                                + "idea, prototype, loop, steady [invalid-value]",
                        "content/products/forged.md:5:1: warning: `owner\\u001b]0;pwned\\u0007` is not a front matter key; remove "
                                + "it, or declare it as a characteristic in site.yml's schema [unknown-key]",
                        "1 error, 1 warning in 1 of 1 page"),
                run.err.lines().toList());
        assertNoControlCharacters(run.err);
    }

    @Test
    void githubWorkflowCommandsCannotBeEndedOrStartedByAValue() {
        Run run = run("check", "--source", handbook().toString(), "--format", "github");
        assertEquals(
                List.of(
                        "::error file=content/products/forged.md,line=4,col=11,title=invalid-value::`maturity: idea%0D\\u001b[2K"
                                + "::stop-commands::halt%0Acontent/products/forged.md:1:1: error: forged [yaml-syntax]%0A::warning "
                                + "file=site.yml::forged` is not a maturity level; use one of idea, prototype, loop, steady",
                        "::warning file=content/products/forged.md,line=5,col=1,title=unknown-key::`owner\\u001b]0;pwned\\u0007` "
                                + "is not a front matter key; remove it, or declare it as a characteristic in site.yml's schema"),
                run.out.lines().toList());
        assertNoControlCharacters(run.out + run.err);
    }

    @Test
    void theMachineFormatsStayValidAndKeepTheValue() throws Exception {
        String source = handbook().toString();
        for (String format : List.of("json", "sarif")) {
            Run run = run("check", "--source", source, "--format", format);
            assertEquals(1, run.out.lines().count(), format);
            assertTrue(JsonText.parse(run.out).toString().contains(MATURITY), format);
        }
        Run junit = run("check", "--source", source, "--format", "junit");
        assertNoControlCharacters(junit.out);
        Document report = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out.getBytes(StandardCharsets.UTF_8)));
        Element failure = (Element) report.getElementsByTagName("failure").item(0);
        assertEquals(
                "`maturity: " + MATURITY.replace("\u001b", "") + "` is not a maturity level; use one of idea, "
                        + "prototype, loop, steady",
                failure.getAttribute("message"));
    }

    @Test
    void aFileNameWithALineBreakIsPrintedOnOneLine() throws Exception {
        Path source = handbook();
        Files.writeString(
                source.resolve("content/two\nlines\u001b[1A.md"), "# Two lines\n\nSee [nothing](nothing.md).\n");
        Run run = run("check", "--source", source.toString());
        assertTrue(
                run.err
                        .lines()
                        .anyMatch(line -> line.equals("content/two\\nlines\\u001b[1A.md:3:5: error: "
                                + "`nothing.md` points at page `nothing.md`, which does not exist [broken-link]")),
                run.err);
        assertNoControlCharacters(run.err);
    }

    @Test
    void thePreviewLogPrintsEachFindingOnOneLine() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LivePreview preview = new LivePreview(
                handbook(),
                "127.0.0.1",
                0,
                LocalDate.of(2026, 11, 21),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            String printed = log.toString(StandardCharsets.UTF_8);
            assertTrue(
                    printed.lines()
                            .anyMatch(line -> line.startsWith(
                                    "content/products/forged.md:4:11: error: " + "`maturity: " + SHOWN + "`")),
                    printed);
            assertNoControlCharacters(printed);
        }
    }

    private static void assertNoControlCharacters(String printed) {
        for (String line : printed.lines().toList()) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), line);
            assertFalse(
                    line.stripLeading().startsWith("::")
                            && !line.startsWith("::error ")
                            && !line.startsWith("::warning "),
                    line);
        }
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
