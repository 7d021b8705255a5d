package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageParserTest {

    @TempDir
    Path content;

    private final Diagnostics diagnostics = new Diagnostics();

    private PageSource parse(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return new PageParser().parse(content, path, "content", diagnostics).orElseThrow();
    }

    private List<String> lines() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    private String report() {
        return String.join("\n", lines());
    }

    @Test
    void commonHeaderKeysAreRead() throws IOException {
        PageSource page = parse("guides/model.md", """
                ---
                title: The product model
                description: How we think about products
                slug: product-model
                tags: [model, maturity]
                sidebar_position: 2
                draft: true
                date: 2026-11-21
                type: guide
                ---
                Body
                """);

        PageHeader header = page.header();
        assertEquals(
                new PageHeader(
                        "The product model",
                        "How we think about products",
                        "product-model",
                        List.of("model", "maturity"),
                        2.0,
                        true,
                        LocalDate.of(2026, 11, 21),
                        "guide"),
                header);
        assertTrue(diagnostics.isEmpty(), this::report);
    }

    @Test
    void pathsAndBodyAreKept() throws IOException {
        PageSource page = parse("guides/model.md", "---\ntitle: x\n---\nBody\n");

        assertEquals("guides/model.md", page.path());
        assertEquals("content/guides/model.md", page.sourcePath());
        assertEquals("Body\n", page.body());
        assertEquals(4, page.bodyFirstLine());
        assertEquals("guides/", page.folder());
        assertEquals("model", page.baseName());
    }

    @Test
    void pageWithoutFrontMatterHasAnEmptyHeader() throws IOException {
        PageSource page = parse("guides/plain.md", "# Plain\n");

        assertEquals(PageHeader.EMPTY, page.header());
        assertTrue(page.frontMatter().entries().isEmpty());
        assertEquals(1, page.bodyFirstLine());
        assertEquals(PageKind.GUIDE, page.kind());
    }

    @Test
    void singleTagIsAOneItemList() throws IOException {
        assertEquals(
                List.of("hardware"),
                parse("a.md", "---\ntags: hardware\n---\n").header().tags());
    }

    @Test
    void mapAsTagsIsInvalid() throws IOException {
        parse("a.md", "---\ntags: {a: b}\n---\n");

        assertEquals(
                List.of("content/a.md:2:7: error: `tags` must be a list of words, like "
                        + "`tags: [hardware, sensors]` [invalid-value]"),
                lines());
    }

    @Test
    void timestampDateKeepsTheDay() throws IOException {
        assertEquals(
                LocalDate.of(2026, 11, 21),
                parse("a.md", "---\ndate: 2026-11-21T10:15:00Z\n---\n").header().date());
    }

    @Test
    void badDateIsInvalid() throws IOException {
        PageSource page = parse("a.md", "---\ntitle: x\ndate: soon\n---\n");

        assertNull(page.header().date());
        assertEquals(
                List.of("content/a.md:3:7: error: `date` must be a date like 2026-11-21 [invalid-value]"), lines());
    }

    @Test
    void dateWithTrailingTextIsInvalid() throws IOException {
        PageSource page = parse("a.md", "---\ndate: 2026-11-21 or later\n---\n");

        assertNull(page.header().date());
        assertEquals(
                List.of("content/a.md:2:7: error: `date` must be a date like 2026-11-21 [invalid-value]"), lines());
    }

    @Test
    void draftYesIsNotSilentlyPublished() throws IOException {
        PageSource page = parse("a.md", "---\ndraft: yes\n---\n");

        assertTrue(
                page.header().draft() || diagnostics.hasErrors(), "`draft: yes` was read as false without a finding");
    }

    @Test
    void fractionalSidebarPositionIsAllowedAsInDocusaurus() throws IOException {
        PageSource page = parse("a.md", "---\nsidebar_position: 2.5\n---\n");

        assertEquals(2.5, page.header().sidebarPosition());
        assertEquals(List.of(), lines());
    }

    @Test
    void sidebarPositionThatIsNoNumberIsInvalid() throws IOException {
        PageSource page = parse("a.md", "---\nsidebar_position: second\n---\n");

        assertNull(page.header().sidebarPosition());
        assertEquals(
                List.of("content/a.md:2:19: error: `sidebar_position` must be a number, like "
                        + "`sidebar_position: 2` [invalid-value]"),
                lines());
    }

    @Test
    void draftDefaultsToFalse() throws IOException {
        assertFalse(parse("a.md", "---\ntitle: x\n---\n").header().draft());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../x",
                "..",
                ".hidden",
                "has space",
                "ü",
                "a/../b",
                "/docs//intro",
                "/.git/config",
                "//example.org/x",
                "a?b",
                "/docs/../../x"
            })
    void unsafeSlugIsInvalidAndIgnored(String slug) throws IOException {
        PageSource page = parse("products/etcher.md", "---\nslug: \"" + slug + "\"\n---\n");

        assertNull(page.header().slug());
        assertNull(page.header().slugFolder());
        assertEquals("etcher", page.slug());
        assertEquals("products/etcher.html", AddressBook.outputPathOf(page));
        assertEquals(
                List.of("content/products/etcher.md:2:7: error: slug `" + slug + "` is not allowed: use letters, "
                        + "digits, `-`, `_` and `.`, starting with a letter or digit, in each part of a path (no `..`, no "
                        + "`//`) [invalid-value]"),
                lines());
    }

    @ParameterizedTest
    @CsvSource({
        "/docs/intro, docs/intro.html",
        "more/intro, guides/more/intro.html",
        "/abs, abs.html",
        "/docs/intro/, docs/intro/index.html",
        "/, index.html",
        "plain, guides/plain.html"
    })
    void pathSlugsOfDocusaurusMoveThePageInsideTheSite(String slug, String output) throws IOException {
        PageSource page = parse("guides/start.md", "---\nslug: \"" + slug + "\"\n---\n");

        assertEquals(output, AddressBook.outputPathOf(page));
        assertEquals(List.of(), lines());
        assertEquals(output.equals("index.html") ? PageKind.HOME : PageKind.GUIDE, page.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"etcher", "balena-etcher", "v1.2", "a_b", "9lives"})
    void safeSlugIsKept(String slug) throws IOException {
        assertEquals(
                slug,
                parse("products/etcher.md", "---\nslug: " + slug + "\n---\n").slug());
        assertTrue(diagnostics.isEmpty(), this::report);
    }

    @Test
    void unknownTypeIsInvalidAndThePageIsAGuide() throws IOException {
        PageSource page = parse("guides/a.md", "---\ntitle: x\ntype: widget\n---\n");

        assertEquals(PageKind.GUIDE, page.kind());
        assertEquals(
                List.of(
                        "content/guides/a.md:3:7: error: `type: widget` is not a page type; use `type: product` "
                                + "for a product page, `type: team` for a team page, or leave it out for a guide [invalid-value]"),
                lines());
    }

    @Test
    void typeProductIsAProductPage() throws IOException {
        assertEquals(
                PageKind.PRODUCT,
                parse("anywhere/etcher.md", "---\ntype: product\n---\n").kind());
    }

    @Test
    void indexAtTheContentRootIsHome() throws IOException {
        assertEquals(PageKind.HOME, parse("index.md", "# Welcome\n").kind());
    }

    @Test
    void indexInASubfolderIsAGuide() throws IOException {
        assertEquals(PageKind.GUIDE, parse("guides/index.md", "# Guides\n").kind());
    }

    @Test
    void frontMatterThatIsAListIsASyntaxError() throws IOException {
        PageSource page = parse("a.md", "---\n- a\n- b\n---\n");

        assertTrue(page.frontMatter().entries().isEmpty());
        assertEquals(
                List.of("content/a.md:2:1: error: front matter must be keys with values, such as "
                        + "`title: Etcher`, not list [yaml-syntax]"),
                lines());
    }

    @Test
    void yamlFindingsPointAtFileLines() throws IOException {
        parse("a.md", "---\ntitle: x\nowner: Ada\ntitle: y\n---\n");

        assertEquals(
                List.of("content/a.md:4:1: error: `title` is given twice; keep one and delete the other "
                        + "[duplicate-key]"),
                lines());
    }

    @Test
    void yamlSyntaxErrorPointsAtItsFileLine() throws IOException {
        parse("a.md", "---\ntitle: x\nowner: a: b\n---\n");

        assertEquals(1, diagnostics.sorted().size(), this::report);
        Diagnostic diagnostic = diagnostics.sorted().get(0);
        assertEquals("yaml-syntax", diagnostic.rule());
        assertEquals(3, diagnostic.line());
    }

    @Test
    void binaryFileGivesNoPage() throws IOException {
        Files.write(content.resolve("logo.md"), new byte[] {1, 0, 2});

        Optional<PageSource> page = new PageParser().parse(content, "logo.md", "content", diagnostics);

        assertTrue(page.isEmpty());
        assertEquals("content/logo.md", diagnostics.sorted().get(0).path());
    }
}
