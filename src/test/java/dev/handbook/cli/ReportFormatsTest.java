package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.testing.JsonText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every {@code --format} reports the same findings as the text format, in the shape its reader
 * expects. The fixture has two errors and a warning on two of three pages, and a message with
 * {@code &} and backticks in it.
 */
class ReportFormatsTest {

    private static final String TODAY = "2026-11-21";
    private static final Pattern TEXT_LINE =
            Pattern.compile("(.+?):(\\d+):(\\d+): (error|warning): (.*) \\[([a-z-]+)\\]");

    /** One diagnostic as the text format printed it. */
    record Finding(String path, long line, long column, String severity, String message, String rule) {}

    @TempDir
    Path temp;

    private Path source;

    @BeforeEach
    void copyFixture() {
        source = CheckRun.fixture("checks/report-formats", temp);
    }

    @Test
    void textPrintsEachFindingAndTheSummaryOnStderr() {
        CheckRun run = CheckRun.check(source, TODAY);

        assertEquals(
                List.of(
                        "content/guides/start.md:5:6: error: `a&b.md` points at page `guides/a&b.md`, which does not exist [broken-link]",
                        "content/products/gauge.md:6:8: error: `owner` holds a placeholder, not a value; write the real owner "
                                + "(The person or team who owns and drives it.) [placeholder-value]",
                        "content/products/gauge.md:9:1: warning: `colour` is not a front matter key; remove it, or declare it "
                                + "as a characteristic in site.yml's schema [unknown-key]",
                        "2 errors, 1 warning in 2 of 3 pages"),
                run.errLines());
        assertEquals("", run.out());
        assertEquals(1, run.exitCode());
    }

    @Test
    void jsonListsEveryDiagnosticWithItsPlaceAndCountsThem() {
        CheckRun run = CheckRun.check(source, TODAY, "--format", "json");

        Map<?, ?> root = (Map<?, ?>) JsonText.parse(run.out());
        List<Finding> reported = ((List<?>) root.get("diagnostics"))
                .stream()
                        .map(d -> (Map<?, ?>) d)
                        .map(d -> new Finding(
                                (String) d.get("path"),
                                (Long) d.get("line"),
                                (Long) d.get("column"),
                                (String) d.get("severity"),
                                (String) d.get("message"),
                                (String) d.get("rule")))
                        .toList();
        assertEquals(textFindings(), reported);
        assertEquals(Map.of("errors", 2L, "warnings", 1L, "files", 3L, "products", 2L), root.get("summary"));
        assertEquals(1, run.exitCode());
    }

    @Test
    void junitHasATestCasePerPageAndAFailurePerError() throws Exception {
        CheckRun run = CheckRun.check(source, TODAY, "--format", "junit");

        Document xml = xml(run.out());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> failuresPerPage = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            NodeList failures = testCase.getElementsByTagName("failure");
            failuresPerPage.add(testCase.getAttribute("name") + " " + failures.getLength()
                    + (failures.getLength() == 0 ? "" : " " + ((Element) failures.item(0)).getAttribute("type")));
        }
        assertEquals(
                List.of(
                        "content/guides/start.md 1 broken-link",
                        "content/products/gauge.md 1 placeholder-value",
                        "content/products/store.md 0"),
                failuresPerPage);
        assertEquals(
                "`a&b.md` points at page `guides/a&b.md`, which does not exist",
                ((Element) xml.getElementsByTagName("failure").item(0)).getAttribute("message"));
        assertEquals(1, run.exitCode());
    }

    @Test
    void githubPrintsAWorkflowCommandPerDiagnosticAndTheSummaryOnStderr() {
        CheckRun run = CheckRun.check(source, TODAY, "--format", "github");

        List<String> expected = textFindings().stream()
                .map(f -> "::" + f.severity() + " file=" + f.path() + ",line=" + f.line() + ",col=" + f.column()
                        + ",title=" + f.rule() + "::" + f.message())
                .toList();
        assertEquals(expected, run.outLines());
        assertEquals(
                "::error file=content/guides/start.md,line=5,col=6,title=broken-link::"
                        + "`a&b.md` points at page `guides/a&b.md`, which does not exist",
                run.outLines().get(0));
        assertEquals(List.of("2 errors, 1 warning in 2 of 3 pages"), run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void sarifIsVersion210WithOneResultPerDiagnostic() {
        CheckRun run = CheckRun.check(source, TODAY, "--format", "sarif");

        Map<?, ?> root = (Map<?, ?>) JsonText.parse(run.out());
        assertEquals("2.1.0", root.get("version"));
        List<?> runs = (List<?>) root.get("runs");
        assertEquals(1, runs.size());
        Map<?, ?> sarifRun = (Map<?, ?>) runs.get(0);
        List<Finding> reported = ((List<?>) sarifRun.get("results"))
                .stream().map(result -> sarifFinding((Map<?, ?>) result)).toList();
        assertEquals(textFindings(), reported);
        Map<?, ?> driver = (Map<?, ?>) ((Map<?, ?>) sarifRun.get("tool")).get("driver");
        assertEquals("handbook", driver.get("name"));
        assertEquals(
                List.of(Map.of("id", "broken-link"), Map.of("id", "placeholder-value"), Map.of("id", "unknown-key")),
                driver.get("rules"));
        assertEquals(1, run.exitCode());
    }

    @Test
    void aCleanHandbookIsCleanInEveryFormat() throws IOException {
        Path root = temp.resolve("clean");
        Files.createDirectories(root.resolve("content/products"));
        Files.copy(source.resolve("content/products/store.md"), root.resolve("content/products/store.md"));

        assertEquals(
                List.of("0 errors, 0 warnings in 0 of 1 page"),
                CheckRun.check(root, TODAY).errLines());
        assertEquals(
                Map.of(
                        "diagnostics",
                        List.of(),
                        "summary",
                        Map.of("errors", 0L, "warnings", 0L, "files", 1L, "products", 1L)),
                JsonText.parse(CheckRun.check(root, TODAY, "--format", "json").out()));
        assertEquals("", CheckRun.check(root, TODAY, "--format", "github").out());
        for (String format : List.of("text", "json", "junit", "github", "sarif")) {
            assertEquals(0, CheckRun.check(root, TODAY, "--format", format).exitCode(), format);
        }
    }

    @Test
    void junitListsAFailureForEveryErrorItCounts() throws Exception {
        linkOutsideTheContentFolder();

        CheckRun run = CheckRun.check(source, TODAY, "--format", "junit");

        Document xml = xml(run.out());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("failures"));
        assertEquals(3, xml.getElementsByTagName("failure").getLength(), run.out());
    }

    @Test
    void theSummaryCountsOnlyPagesAsPagesWithFindings() throws IOException {
        linkOutsideTheContentFolder();

        CheckRun run = CheckRun.check(source, TODAY);

        assertEquals(
                "3 errors, 1 warning in 2 of 3 pages",
                run.errLines().get(run.errLines().size() - 1));
    }

    private static Finding sarifFinding(Map<?, ?> result) {
        Map<?, ?> location =
                (Map<?, ?>) ((Map<?, ?>) ((List<?>) result.get("locations")).get(0)).get("physicalLocation");
        Map<?, ?> region = (Map<?, ?>) location.get("region");
        return new Finding(
                (String) ((Map<?, ?>) location.get("artifactLocation")).get("uri"),
                (Long) region.get("startLine"),
                (Long) region.get("startColumn"),
                (String) result.get("level"),
                (String) ((Map<?, ?>) result.get("message")).get("text"),
                (String) result.get("ruleId"));
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** An image that is a symbolic link out of the content folder: an unsafe-link error on a file that is no page. */
    private void linkOutsideTheContentFolder() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.svg"), "<svg/>");
        Files.createDirectories(source.resolve("content/images"));
        Files.createSymbolicLink(source.resolve("content/images/logo.svg"), outside);
    }

    private List<Finding> textFindings() {
        List<Finding> findings = new ArrayList<>();
        List<String> lines = CheckRun.check(source, TODAY).errLines();
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = TEXT_LINE.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a diagnostic line: " + line);
            }
            findings.add(new Finding(
                    m.group(1),
                    Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)),
                    m.group(4),
                    m.group(5),
                    m.group(6)));
        }
        return findings;
    }
}
