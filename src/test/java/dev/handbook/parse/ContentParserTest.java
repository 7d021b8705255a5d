package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.config.RawHtml;
import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentParserTest {

    @TempDir
    Path source;

    private Path content() {
        return source.resolve("content");
    }

    private void write(String path, String text) throws IOException {
        Path file = content().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ParsedContent parse() {
        return new ContentParser(RawHtml.ESCAPE).parse(content(), "content");
    }

    private static List<String> lines(ParsedContent parsed) {
        return parsed.diagnostics().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void pagesAreSortedByPath() throws IOException {
        write("products/zeta.md", "# Zeta\n");
        write("index.md", "# Home\n");
        write("guides/model.md", "# Model\n");
        write("products/alpha.md", "# Alpha\n");

        ParsedContent parsed = parse();

        assertEquals(
                List.of("guides/model.md", "index.md", "products/alpha.md", "products/zeta.md"),
                parsed.pages().stream().map(ParsedPage::path).toList());
        assertEquals(List.of(), lines(parsed));
    }

    @Test
    void pagesKnowTheirKindTitleAndOutput() throws IOException {
        write("index.md", "# Home\n");
        write("products/etcher.md", "---\ntitle: Etcher\ntype: product\nslug: balena-etcher\n---\nBody\n");

        List<ParsedPage> pages = parse().pages();

        assertEquals(
                List.of(PageKind.HOME, PageKind.PRODUCT),
                pages.stream().map(ParsedPage::kind).toList());
        assertEquals(
                List.of("Home", "Etcher"), pages.stream().map(ParsedPage::title).toList());
        assertEquals(
                List.of("index.html", "products/balena-etcher.html"),
                pages.stream().map(ParsedPage::outputPath).toList());
    }

    @Test
    void titleFallsBackToTheFirstHeadingThenTheFileName() throws IOException {
        write("guides/a.md", "Intro.\n\n# First heading\n");
        write("guides/on-call_rota.md", "Just text.\n");
        write("guides/z.md", "---\ntitle: Front matter wins\n---\n# Heading\n");

        assertEquals(
                List.of("First heading", "On call rota", "Front matter wins"),
                parse().pages().stream().map(ParsedPage::title).toList());
    }

    @Test
    void draftsAreReadButNotPublished() throws IOException {
        write("guides/ready.md", "# Ready\n");
        write("guides/wip.md", "---\ndraft: true\n---\n# Work in progress\n");

        ParsedContent parsed = parse();

        assertEquals(
                List.of("guides/ready.md"),
                parsed.pages().stream().map(ParsedPage::path).toList());
        assertEquals(2, parsed.filesRead());
        assertEquals(Optional.empty(), parsed.addresses().outputOf("guides/wip.md"));
    }

    @Test
    void linksBetweenPagesAreRewrittenToTheirHtml() throws IOException {
        write("guides/model.md", "# Model\n\n## Maturity\n");
        write("products/etcher.md", "---\ntitle: Etcher\n---\nSee [maturity](../guides/model.md#maturity).\n");

        ParsedPage etcher = parse().pages().get(1);

        assertEquals(
                "../guides/model.html#maturity",
                Jsoup.parseBodyFragment(etcher.body().html()).selectFirst("a").attr("href"));
        assertEquals(4, etcher.body().links().get(0).position().line());
    }

    @Test
    void linkToADraftIsLeftAsWritten() throws IOException {
        write("guides/wip.md", "---\ndraft: true\n---\n");
        write("guides/ready.md", "[wip](wip.md)\n");

        ParsedPage ready = parse().pages().get(0);

        assertEquals(
                "wip.md",
                Jsoup.parseBodyFragment(ready.body().html()).selectFirst("a").attr("href"));
    }

    @Test
    void firstPageInPathOrderKeepsAContestedAddress() throws IOException {
        write("products/a.md", "---\nslug: same\n---\n");
        write("products/b.md", "---\nslug: same\n---\n");

        ParsedContent parsed = parse();

        assertEquals(Optional.of("products/same.html"), parsed.addresses().outputOf("products/a.md"));
        assertEquals(Optional.empty(), parsed.addresses().outputOf("products/b.md"));
        assertEquals(2, parsed.pages().size());
    }

    @Test
    void otherFilesAreListedButNotParsed() throws IOException {
        write("index.md", "# Home\n");
        Files.write(content().resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});

        ParsedContent parsed = parse();

        assertEquals(List.of("index.md"), parsed.files().pages());
        assertTrue(parsed.files().files().contains("logo.png"));
        assertTrue(parsed.files().files().contains("index.md"));
        assertEquals(List.of(), lines(parsed));
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        write("index.md", "# Home\n");
        write(".notes.md", "# Hidden\n");
        write(".git/HEAD.md", "# Hidden\n");
        write("guides/.drafts/later.md", "# Hidden\n");
        write("guides/deeper/.scratch.md", "# Hidden\n");

        ParsedContent parsed = parse();

        assertEquals(List.of("index.md"), parsed.files().pages());
        assertEquals(Set.of("index.md"), parsed.files().files());
    }

    @Test
    void aBigTreeIsListedCompletelyAndInPathOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int folder = 0; folder < 6; folder++) {
            for (int page = 0; page < 60; page++) {
                String path = "products/group-" + folder + "/nested/p" + page + ".md";
                write(path, "# Page " + page + "\n");
                expected.add(path);
            }
            write("products/group-" + folder + "/logo.svg", "<svg/>");
        }
        expected.sort(null);

        ParsedContent parsed = parse();

        assertEquals(expected, parsed.files().pages());
        assertEquals(expected.size() + 6, parsed.files().files().size());
    }

    @Test
    void findingsOfEveryPageAreCollectedInOrder() throws IOException {
        write("products/b.md", "---\nslug: ../b\n---\n");
        write("products/a.md", "---\ntitle: x\ntitle: y\n---\n");
        write("guides/c.md", "---\ntitle: open\n");

        ParsedContent parsed = parse();

        assertEquals(
                List.of("content/guides/c.md", "content/products/a.md", "content/products/b.md"),
                parsed.diagnostics().stream().map(Diagnostic::path).toList());
        assertEquals(
                List.of("yaml-syntax", "duplicate-key", "invalid-value"),
                parsed.diagnostics().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void markdownNestedTooDeeplyIsReportedAndTheOtherPagesKept() throws IOException {
        write("guides/deep.md", "---\ntitle: Deep\n---\n" + "> ".repeat(50_000) + "deep\n");
        write("guides/fine.md", "# Fine\n");

        ParsedContent parsed = parse();

        assertEquals(
                List.of("content/guides/deep.md:4:1: error: the Markdown nests more than 200 levels deep (lists or "
                        + "quotes inside each other); flatten it [markdown]"),
                lines(parsed));
        assertEquals(
                List.of("guides/fine.md"),
                parsed.pages().stream().map(ParsedPage::path).toList());
    }

    @Test
    void symbolicLinkToAFileOutsideIsReportedAndNotListed() throws IOException {
        write("index.md", "# Home\n");
        Path outside = Files.writeString(source.resolve("secret.md"), "# Secret\n");
        Files.createSymbolicLink(content().resolve("secret.md"), outside);

        ParsedContent parsed = parse();

        assertEquals(
                List.of("content/secret.md:1:1: error: this symbolic link leads outside the content folder and is "
                        + "ignored; copy the file in instead [unsafe-link]"),
                lines(parsed));
        assertEquals(
                List.of("index.md"),
                parsed.pages().stream().map(ParsedPage::path).toList());
        assertFalse(parsed.files().files().contains("secret.md"));
    }

    @Test
    void symbolicLinkToASiblingFolderWithASharedPrefixIsOutside() throws IOException {
        write("index.md", "# Home\n");
        Path sibling = Files.createDirectories(source.resolve("content-private"));
        Files.writeString(sibling.resolve("plan.md"), "# Plan\n");
        Files.createSymbolicLink(content().resolve("plan.md"), sibling.resolve("plan.md"));

        ParsedContent parsed = parse();

        assertEquals(
                List.of("unsafe-link"),
                parsed.diagnostics().stream().map(Diagnostic::rule).toList());
        assertEquals(List.of("index.md"), parsed.files().pages());
    }

    @Test
    void symbolicLinkToAFolderOutsideIsReportedAndNotWalked() throws IOException {
        write("index.md", "# Home\n");
        Path outside = Files.createDirectories(source.resolve("elsewhere"));
        Files.writeString(outside.resolve("leak.md"), "# Leak\n");
        Files.createSymbolicLink(content().resolve("more"), outside);

        ParsedContent parsed = parse();

        assertEquals(
                List.of("content/more"),
                parsed.diagnostics().stream().map(Diagnostic::path).toList());
        assertEquals(List.of("index.md"), parsed.files().pages());
    }

    @Test
    void symbolicLinkInsideTheContentFolderIsFollowed() throws IOException {
        write("guides/model.md", "# Model\n");
        Files.createSymbolicLink(content().resolve("model.md"), content().resolve("guides/model.md"));

        ParsedContent parsed = parse();

        assertEquals(
                List.of("guides/model.md", "model.md"),
                parsed.pages().stream().map(ParsedPage::path).toList());
        assertEquals(List.of(), lines(parsed));
    }

    @Test
    void malformedPercentEscapeInALinkDoesNotAbortTheParse() throws IOException {
        write("index.md", "# Home\n\nSee [the 100% page](100%.md).\n");

        ParsedContent parsed = assertDoesNotThrow(this::parse);

        assertEquals(
                List.of("index.md"),
                parsed.pages().stream().map(ParsedPage::path).toList());
        assertEquals("100%.md", parsed.pages().get(0).body().links().get(0).destination());
    }
}
