package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private FrontMatter split(String text) {
        return FrontMatter.split(text, "content/page.md", diagnostics);
    }

    private List<String> lines() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void pageWithoutFrontMatterIsAllBody() {
        FrontMatter page = split("# Etcher\n\nText.\n");

        assertFalse(page.hasYaml());
        assertNull(page.yaml());
        assertEquals("# Etcher\n\nText.\n", page.body());
        assertEquals(1, page.bodyFirstLine());
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void frontMatterAndBodyAreSplitAtTheClosingFence() {
        FrontMatter page = split("---\ntitle: Etcher\nowner: Ada\n---\n# Body\n");

        assertEquals("title: Etcher\nowner: Ada\n", page.yaml());
        assertEquals(2, page.yamlFirstLine());
        assertEquals("# Body\n", page.body());
        assertEquals(5, page.bodyFirstLine());
    }

    @Test
    void emptyFrontMatterHasEmptyYamlAndBodyOnLineThree() {
        FrontMatter page = split("---\n---\n");

        assertTrue(page.hasYaml());
        assertEquals("", page.yaml());
        assertEquals("", page.body());
        assertEquals(3, page.bodyFirstLine());
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void closingFenceWithoutNewlineAtEndOfFile() {
        FrontMatter page = split("---\ntitle: x\n---");

        assertEquals("title: x\n", page.yaml());
        assertEquals("", page.body());
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void threeDotsCloseTheFrontMatter() {
        FrontMatter page = split("---\ntitle: x\n...\nbody\n");

        assertEquals("title: x\n", page.yaml());
        assertEquals("body\n", page.body());
        assertEquals(4, page.bodyFirstLine());
    }

    @Test
    void fenceLineInTheBodyStaysInTheBody() {
        FrontMatter page = split("---\ntitle: x\n---\nabove\n\n---\n\nbelow\n");

        assertEquals("title: x\n", page.yaml());
        assertEquals("above\n\n---\n\nbelow\n", page.body());
        assertEquals(4, page.bodyFirstLine());
    }

    @Test
    void indentedDashesInsideTheYamlDoNotCloseIt() {
        FrontMatter page = split("---\ndescription: |\n  ---\n---\nbody\n");

        assertEquals("description: |\n  ---\n", page.yaml());
        assertEquals("body\n", page.body());
    }

    @Test
    void fenceWithTrailingSpacesStillCounts() {
        FrontMatter page = split("---  \ntitle: x\n--- \nbody\n");

        assertEquals("title: x\n", page.yaml());
        assertEquals("body\n", page.body());
    }

    @Test
    void thematicBreakOnTheFirstLineIsNotFrontMatter() {
        FrontMatter page = split("----\ntitle: x\n---\n");

        assertFalse(page.hasYaml());
        assertEquals(1, page.bodyFirstLine());
    }

    @Test
    void crlfInputSplitsAfterSourceReaderNormalisation() {
        byte[] bytes = "---\r\ntitle: Etcher\r\n---\r\nline one\r\nline two\r\n".getBytes(StandardCharsets.UTF_8);
        String text = SourceReader.decode(bytes, "content/page.md", diagnostics).orElseThrow();

        FrontMatter page = split(text);

        assertEquals("title: Etcher\n", page.yaml());
        assertEquals("line one\nline two\n", page.body());
        assertEquals(4, page.bodyFirstLine());
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void unclosedFrontMatterIsASyntaxErrorAtTheFirstLine() {
        FrontMatter page = split("---\ntitle: Etcher\n\n# Body\n");

        assertEquals(
                List.of("content/page.md:1:1: error: the front matter opened here is never closed; "
                        + "add a line `---` after its last key [yaml-syntax]"),
                lines());
        assertFalse(page.hasYaml());
    }

    @Test
    void loneOpeningFenceIsUnclosed() {
        split("---");

        assertEquals(1, diagnostics.sorted().size());
        assertEquals("yaml-syntax", diagnostics.sorted().get(0).rule());
    }
}
