package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.config.RawHtml;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The other generators' Markdown, piece by piece: where each construct starts and ends, and what it leaves. */
class DialectRenderingTest {

    private static final MarkdownRenderer SANITIZING = new MarkdownRenderer(RawHtml.SANITIZE);
    private static final MarkdownRenderer ESCAPING = new MarkdownRenderer(RawHtml.ESCAPE);
    private static final MarkdownRenderer TRUSTING = new MarkdownRenderer(RawHtml.TRUSTED);

    private static RenderedBody md(String body) {
        return SANITIZING.render(body, 1, UnaryOperator.identity(), true, false);
    }

    private static RenderedBody mdx(String body) {
        return SANITIZING.render(body, 1, UnaryOperator.identity(), true, true);
    }

    private static Document html(RenderedBody body) {
        return Jsoup.parseBodyFragment(body.html());
    }

    private static List<String> rules(RenderedBody body) {
        return body.findings().stream()
                .map(f -> f.position().line() + ":" + f.position().column() + " "
                        + f.rule().id())
                .toList();
    }

    @Test
    void mkDocsPluginDirectivesAndSnippetsAreLeftOutWithAWarningAndOpenThePagesAnchors() {
        RenderedBody body = md("# Reference\n\n::: mkdocs-click\n    :module: harbour.cli\n    :command: main\n\n"
                + "Between.\n\n--8<-- \"CONTRIBUTING.md\"\n\n--8<--\nparts/a.md\nparts/b.md\n--8<--\n\n"
                + "::: harbour.gauge.Reader\n\nAfter.\n");
        assertEquals(List.of("Between.", "After."), html(body).select("p").eachText());
        assertEquals(
                List.of(
                        "3:1 `::: mkdocs-click` is a MkDocs plugin directive handbook cannot run; what it makes is left out "
                                + "(and 1 more like it on this page)",
                        "9:1 `--8<-- \"CONTRIBUTING.md\"` includes a file (pymdownx.snippets) handbook does not read; it is "
                                + "left out (and 1 more like it on this page)"),
                body.findings().stream()
                        .map(f -> f.position().line() + ":" + f.position().column() + " " + f.message())
                        .toList());
        assertTrue(body.anchorsOpen());
        assertFalse(md("# Plain\n\nText.\n").anchorsOpen());
    }

    @Test
    void aColonLineNamingACalloutTypeOrHoldingMoreIsNoPluginDirective() {
        RenderedBody body = md("::: note\n\n::: two words\n\n--8<-- no quotes\n");
        assertEquals(List.of(), body.findings());
        assertFalse(body.anchorsOpen());
        assertEquals(
                List.of("::: note", "::: two words", "--8<-- no quotes"),
                html(body).select("p").eachText());
    }

    @Test
    void aColonFenceInsideCodeDoesNotCloseTheAdmonition() {
        Document page = html(md(":::note\n```text\n:::\n```\nStill inside.\n:::\n\nOutside.\n"));
        assertEquals(":::", page.selectFirst("aside.callout-note pre code").text());
        assertEquals(
                "Still inside.",
                page.selectFirst("aside.callout-note > p:not(.callout-title)").text());
        assertEquals("Outside.", page.selectFirst("body > p").text());
    }

    @Test
    void nestedAdmonitionsWithTheSameColonsCloseInnermostFirst() {
        Document page = html(md(":::note\nOuter.\n:::tip\nInner.\n:::\nOuter again.\n:::\n"));
        assertEquals(
                "Inner.",
                page.selectFirst("aside.callout-note > aside.callout-tip > p:not(.callout-title)")
                        .text());
        assertEquals(
                List.of("Outer.", "Outer again."),
                page.select("aside.callout-note > p:not(.callout-title)").eachText());
    }

    @Test
    void colonsWithoutATypeAreText() {
        assertEquals(":::", html(md(":::\n")).selectFirst("p").text());
        assertEquals("::: 1.x", html(md("::: 1.x\n")).selectFirst("p").text());
    }

    @Test
    void anIndentedBodyEndsAtTheFirstLineThatIsNotIndented() {
        Document page = html(md("!!! note inline end \"Aside\"\n    Inside.\n\n        code inside\n\nOutside.\n"));
        assertEquals(
                "Aside", page.selectFirst("aside.callout-note > .callout-title").text());
        assertEquals(
                "code inside", page.selectFirst("aside.callout-note pre code").text());
        assertEquals("Outside.", page.selectFirst("body > p").text());
    }

    @Test
    void gitHubAlertsTakeAnyCaseAndObsidianTitlesAndFolds() {
        Document page = html(md("> [!tip] Custom *title*\n> Body.\n\n> [!faq]- Folded\n> Hidden.\n\n> [x] a quote\n"));
        assertEquals(
                "Custom title",
                page.selectFirst("aside.callout-tip > .callout-title").text());
        assertEquals(
                "title",
                page.selectFirst("aside.callout-tip > .callout-title em").text());
        assertEquals(
                "Folded",
                page.selectFirst("details.callout-question:not([open]) > summary")
                        .text());
        assertEquals("[x] a quote", page.selectFirst("blockquote").text());
    }

    @Test
    void anAlertMarkerAloneLeavesNoEmptyParagraph() {
        Document page = html(md("> [!WARNING]\n>\n> Body.\n"));
        assertEquals(
                List.of("Warning", "Body."),
                page.select("aside.callout-warning > p").eachText());
    }

    @Test
    void attributeListsSetIdsAndClassesAndAreNotShown() {
        RenderedBody body = md("## Title { #custom .wide }\n\n`code`{#c} and *em*{: .x } and [link](x.md){ .button }\n"
                + "text{ #not-attached } and ![logo](a.png){ width=\"120\" loading=lazy onclick=x }\n");
        Document page = html(body);
        assertEquals("custom", page.selectFirst("h2").id());
        assertEquals("wide", page.selectFirst("h2").className());
        assertEquals("Title", page.selectFirst("h2").ownText());
        assertEquals(
                List.of("Title"), body.headings().stream().map(Heading::text).toList());
        assertEquals("c", page.selectFirst("code").id());
        assertEquals("x", page.selectFirst("em").className());
        assertEquals("button", page.selectFirst("a[href=x.md]").className());
        assertTrue(page.selectFirst("p").text().contains("text{ #not-attached }"));
        assertEquals("120", page.selectFirst("img").attr("width"));
        assertEquals("lazy", page.selectFirst("img").attr("loading"));
        assertFalse(page.selectFirst("img").hasAttr("onclick"));
        assertEquals(List.of("custom", "c"), body.anchors());
        assertFalse(body.text().contains("#custom"));
    }

    @Test
    void aBlockAttributeListOnTheLastLineBelongsToTheParagraph() {
        assertEquals(
                "note", html(md("Some text.\n{: .note }\n")).selectFirst("p").className());
    }

    @Test
    void headingIdsDoNotDependOnTheMachinesLocale() throws Exception {
        RenderedBody body = dev.handbook.testing.Machine.TURKISH.run(() -> md("# INDEX\n\n## Install It\n"));
        assertEquals("index", body.titleId());
        assertEquals("install-it", html(body).selectFirst("h2").id());
        assertEquals(List.of("index", "install-it"), body.anchors());
    }

    @Test
    void theTitleTakesTheFirstAnchorSoAHeadingOfTheSameTextIsNumbered() {
        RenderedBody body = md("# Gauge {#top}\n\n## Gauge\n\n## Gauge\n");
        assertEquals("top", body.titleId());
        assertEquals(List.of("gauge", "gauge-1"), html(body).select("h2").eachAttr("id"));
    }

    @Test
    void expressionsAreDroppedInMdxButTextInMarkdown() {
        assertEquals(
                "Version is out.",
                html(mdx("Version {props.version} is out.\n")).text().replace("  ", " "));
        assertEquals(
                "Version {props.version} is out.",
                html(md("Version {props.version} is out.\n")).text());
        assertEquals("A note.", html(md("A note.{/* hidden */}\n")).text());
        assertTrue(html(mdx("{/* a comment alone */}\n")).select("p").isEmpty());
    }

    @Test
    void mdxHasNoIndentedCode() {
        assertTrue(html(mdx("    indented text\n")).select("pre").isEmpty());
        assertNotNull(html(md("    indented code\n")).selectFirst("pre"));
    }

    @Test
    void onlyStatementsAtTheTopLevelAreDropped() {
        Document page = html(md("import {a,\n  b} from './c';\n\nimport the tables first.\n\n"
                + "- import x from 'y'\n\n```js\nimport z from 'w'\n```\n"));
        assertEquals("import the tables first.", page.selectFirst("body > p").text());
        assertEquals("import x from 'y'", page.selectFirst("li").text());
        assertEquals("import z from 'w'", page.selectFirst("pre").text());
    }

    @Test
    void aComponentTagMayRunOverSeveralLines() {
        RenderedBody body = mdx("<Tabs\n  values={[\n    {label: 'Apple', value: 'a'},\n  ]}>\n"
                + "<TabItem value=\"a\">An apple.</TabItem>\n</Tabs>\n");
        assertEquals(
                List.of("Apple"), html(body).select(".tabs > details > summary").eachText());
        assertEquals("An apple.", html(body).selectFirst(".tabs > details > p").text());
        assertEquals(List.of(), body.findings());
    }

    @Test
    void unknownComponentsLeaveTheirChildrenAndAreReported() {
        RenderedBody body =
                md("<Note kind=\"x\">\n\nInside **it**.\n\n</Note>\n\nText <Marker>here</Marker>.\n\n</Stray>\n");
        assertEquals(List.of("Inside it.", "Text here."), html(body).select("p").eachText());
        assertEquals(List.of("1:1 unknown-component", "7:6 unknown-component", "9:1 unknown-component"), rules(body));
        assertEquals(
                "`</Stray>` closes no `<Stray>`; remove it",
                body.findings().get(2).message());
    }

    @Test
    void aComponentNamedLikeAnHtmlElementIsHtml() {
        RenderedBody body = md("<Details>\n<summary>More</summary>\n\nText.\n\n</Details>\n");
        assertNotNull(html(body).selectFirst("details > summary"));
        assertEquals(List.of(), body.findings());
    }

    @Test
    void anUnknownCalloutTypeIsANoteUnderItsOwnWord() {
        RenderedBody body = md("# T\n\n:::tipp\nBody.\n:::\n");
        assertEquals(
                "Tipp",
                html(body).selectFirst("aside.callout-note > .callout-title").text());
        assertEquals(List.of("3:1 unknown-callout"), rules(body));
        assertEquals(
                dev.handbook.diag.Rule.UNKNOWN_CALLOUT, body.findings().get(0).rule());
    }

    @Test
    void sanitisingKeepsStructureAndDropsWhatRuns() {
        Document page = html(
                md(
                        "<div style=\"color: red; background: url(x.png)\" onclick=\"x()\" id=\"box\">"
                                + "<iframe src=\"https://example.org\"></iframe><a href=\"javascript:alert(1)\">j</a>"
                                + "<a href=\"tel:+44\">t</a><img src=\"data:image/png;base64,AA\" alt=\"d\"></div>\n\n</div></main>\n\nAfter.\n"));
        assertEquals("color:red", page.selectFirst("div#box").attr("style"));
        assertFalse(page.selectFirst("div#box").hasAttr("onclick"));
        assertTrue(page.select("iframe, main").isEmpty());
        assertEquals(List.of("tel:+44"), page.select("a[href]").eachAttr("href"));
        assertFalse(page.selectFirst("img").hasAttr("src"));
        assertEquals("After.", page.selectFirst("body > p").text());
    }

    @Test
    void searchTextHoldsWhatPublishedHtmlShowsNotItsTags() {
        String body =
                "<details><summary>More</summary>\n<script>hidden()</script>\n</details>\n\nPress <kbd>Ctrl</kbd>.\n";
        assertEquals("More\nPress Ctrl.", md(body).text().strip());
        assertTrue(ESCAPING.render(body, 1, UnaryOperator.identity()).text().contains("<kbd>"));
    }

    @Test
    void aPageWithoutRawHtmlIsRenderedAsWithoutTheSanitiser() {
        String body =
                "# T\n\n:::tip\nA *tip* with `code` & <https://example.org>.\n:::\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assertEquals(TRUSTING.render(body, 1, UnaryOperator.identity()).html(), md(body).html());
    }

    @Test
    void rawHtmlDefinesAnchorsOnlyWhereItIsPublished() {
        String body =
                "<a name=\"old\"></a><div id=\"box\"></div><iframe id=\"frame\"></iframe><span name=\"n\"></span>\n";
        assertEquals(List.of("old", "box"), md(body).anchors());
        assertEquals(
                List.of("old", "box", "frame"),
                TRUSTING.render(body, 1, UnaryOperator.identity()).anchors());
        assertEquals(
                List.of(), ESCAPING.render(body, 1, UnaryOperator.identity()).anchors());
    }

    @Test
    void calloutsNestedPastTheLimitAreTooDeepNotAStackOverflow() {
        StringBuilder body = new StringBuilder();
        for (int depth = 0; depth < 250; depth++) {
            body.append("    ".repeat(depth)).append("!!! note\n");
        }
        assertThrows(MarkdownRenderer.TooDeep.class, () -> md(body.toString()));
    }

    @Test
    void aCheckFindsTheSameWithoutRendering() {
        String body = ":::tipp\nx\n:::\n\n<Foo />\n\n## A {#a}\n";
        RenderedBody checked = SANITIZING.render(body, 1, UnaryOperator.identity(), false, false);
        assertEquals(md(body).findings(), checked.findings());
        assertEquals(md(body).anchors(), checked.anchors());
        assertEquals("", checked.html());
        assertNull(checked.titleId());
    }
}
