package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.config.RawHtml;
import dev.handbook.diag.Position;
import dev.handbook.text.Whitespace;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static final MarkdownRenderer ESCAPING = new MarkdownRenderer(RawHtml.ESCAPE);
    private static final MarkdownRenderer RAW = new MarkdownRenderer(RawHtml.TRUSTED);

    private static RenderedBody render(String body) {
        return ESCAPING.render(body, 1, UnaryOperator.identity());
    }

    private static Document html(RenderedBody body) {
        return Jsoup.parseBodyFragment(body.html());
    }

    @Test
    void leadingLevelOneHeadingBecomesTheTitleAndLeavesTheHtml() {
        RenderedBody body = render("# Etcher\n\nFlashes cards.\n");

        assertEquals("Etcher", body.leadingTitle());
        assertTrue(html(body).select("h1").isEmpty());
        assertEquals("Flashes cards.", html(body).selectFirst("p").text());
    }

    @Test
    void leadingTitleTakesTheTextOfInlineMarkup() {
        assertEquals("The Etcher tool", render("# The *Etcher* `tool`\n").leadingTitle());
    }

    @Test
    void levelOneHeadingAfterTextIsNotLifted() {
        RenderedBody body = render("Intro.\n\n# Later\n");

        assertNull(body.leadingTitle());
        assertEquals("Later", html(body).selectFirst("h1").ownText());
        assertEquals("#later", html(body).selectFirst("h1 a.anchor").attr("href"));
        assertEquals(
                List.of("Later"), body.headings().stream().map(Heading::text).toList());
    }

    @Test
    void titleBelowALogoStaysInTheBodyOnce() {
        RenderedBody body = render("""
                <p align="center"><img src="logo.svg" alt=""></p>

                [![build](badge.svg)](https://example.org/ci) ![size](size.svg)

                # Harbour gauge

                Measures the tide.
                """);

        assertEquals("Harbour gauge", body.leadingTitle());
        assertTrue(body.titleInBody());
        assertEquals("harbour-gauge", body.titleId());
        assertEquals(1, html(body).select("h1").size());
        assertEquals("Harbour gauge", html(body).selectFirst("h1").ownText());
        assertEquals("harbour-gauge", html(body).selectFirst("h1").id());
    }

    @Test
    void aParagraphOfWordsBeforeTheHeadingIsNotALogo() {
        RenderedBody body = render("![logo](logo.svg) Harbour tools\n\n# Harbour gauge\n");

        assertNull(body.leadingTitle());
        assertFalse(body.titleInBody());
    }

    @Test
    void leadingLevelTwoHeadingIsNotATitle() {
        RenderedBody body = render("## Section\n");

        assertNull(body.leadingTitle());
        assertEquals(1, html(body).select("h2").size());
    }

    @Test
    void headingIdsMatchTheIdsInTheHtml() {
        RenderedBody body = render("""
                # Title

                ## Maturity
                ## Maturity
                ### The `loop` level & more!
                ## !!!
                > ## Quoted heading
                Setext heading
                --------------
                ## Grüße
                ## Maturity-1
                """);

        List<String> htmlIds = html(body).select("h1, h2, h3, h4, h5, h6").eachAttr("id");
        assertEquals(htmlIds, body.headings().stream().map(Heading::id).toList());
        assertEquals(
                List.of(
                        "maturity",
                        "maturity-1",
                        "the-loop-level--more",
                        "id",
                        "quoted-heading",
                        "setext-heading",
                        "grüße",
                        "maturity-1"),
                htmlIds);
    }

    @Test
    void headingsCarryLevelTextAndFileLine() {
        RenderedBody body = ESCAPING.render("Intro\n\n## Where it goes\n", 6, UnaryOperator.identity());

        assertEquals(List.of(new Heading(2, "Where it goes", "where-it-goes", new Position(8, 1))), body.headings());
    }

    @Test
    void linksAreRecordedAtTheirFileLineAndColumn() {
        String body = "Intro\n\nSee [the model](../guides/model.md#maturity) and ![logo](logo.png).\n";

        RenderedBody rendered = ESCAPING.render(body, 5, UnaryOperator.identity());

        assertEquals(
                List.of(
                        new BodyLink("../guides/model.md#maturity", new Position(7, 5), false),
                        new BodyLink("logo.png", new Position(7, 50), true)),
                rendered.links());
    }

    @Test
    void linksInsideNestedBlocksKeepTheirFileColumn() {
        String body = "> quote [q](q.md)\n\n- item\n  - nested [n](n.md)\n\n| a |\n|---|\n| [t](t.md) |\n";

        RenderedBody rendered = ESCAPING.render(body, 4, UnaryOperator.identity());

        assertEquals(
                List.of(new Position(4, 9), new Position(7, 12), new Position(11, 3)),
                rendered.links().stream().map(BodyLink::position).toList());
    }

    @Test
    void referenceLinkIsRecordedWhereItIsUsed() {
        RenderedBody rendered = ESCAPING.render("Read [the guide][g].\n\n[g]: guide.md\n", 3, UnaryOperator.identity());

        assertEquals(List.of(new BodyLink("guide.md", new Position(3, 6), false)), rendered.links());
    }

    @Test
    void bareUrlIsAutolinkedAndRecorded() {
        RenderedBody rendered = ESCAPING.render("Go to https://example.com/x now.\n", 2, UnaryOperator.identity());

        assertEquals(List.of(new BodyLink("https://example.com/x", new Position(2, 7), false)), rendered.links());
        assertEquals("https://example.com/x", html(rendered).selectFirst("a").attr("href"));
    }

    @Test
    void linksAndImagesArePublishedRewrittenButRecordedAsWritten() {
        RenderedBody rendered = ESCAPING.render(
                "[e](etcher.md) ![i](i.png)\n",
                1,
                destination -> destination.replace(".md", ".html").replace(".png", ".gif"));

        assertEquals(
                List.of("etcher.md", "i.png"),
                rendered.links().stream().map(BodyLink::destination).toList());
        assertEquals("etcher.html", html(rendered).selectFirst("a").attr("href"));
        assertEquals("i.gif", html(rendered).selectFirst("img").attr("src"));
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        Document document = html(render("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n"));

        assertTrue(document.select("script, b").isEmpty());
        assertTrue(document.text().contains("<script>alert(1)</script>"));
    }

    @Test
    void rawHtmlPassesThroughWhenAllowed() {
        RenderedBody body =
                RAW.render("<div class=\"note\">Note</div>\n\nText <b>bold</b>\n", 1, UnaryOperator.identity());

        Document document = html(body);
        assertEquals("Note", document.selectFirst("div.note").text());
        assertEquals("bold", document.selectFirst("p > b").text());
    }

    @Test
    void linksOutOfTheHandbookAreNofollowInSanitisedRawHtmlAsInMarkdown() {
        RenderedBody body = new MarkdownRenderer(RawHtml.SANITIZE)
                .render(
                        "[out](https://example.org/a) and [in](b.md)\n\n"
                                + "<p><a href=\"https://example.org/c\" rel=\"me\">out</a> <a href=\"//example.org/d\">out</a> "
                                + "<a href=\"b.md\" rel=\"nofollow\">in</a> <a href=\"#top\">in</a></p>\n",
                        1,
                        UnaryOperator.identity());

        Document document = html(body);
        assertEquals(
                List.of("nofollow", "", "nofollow", "nofollow", "", ""),
                document.select("a").stream().map(a -> a.attr("rel")).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "vbscript:msgbox(1)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "&#106;avascript:alert(1)",
                "javascript&colon;alert(1)",
                "<java script:alert(1)>",
                "file:///etc/passwd"
            })
    void dangerousLinkUrlsAreNeutralised(String destination) {
        Element link = html(render("[x](" + destination + ")\n")).selectFirst("a");

        assertEquals("", link.attr("href"));
    }

    @Test
    void dangerousAutolinkIsNeutralised() {
        assertEquals(
                "", html(render("<javascript:alert(1)>\n")).selectFirst("a").attr("href"));
    }

    @Test
    void dangerousImageUrlIsNeutralised() {
        assertEquals(
                "",
                html(render("![x](data:image/svg+xml;base64,PHN2Zz4=)\n"))
                        .selectFirst("img")
                        .attr("src"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/a",
                "http://example.com",
                "mailto:ada@example.com",
                "tel:+4412345",
                "../guides/model.html#maturity",
                "/abs.html",
                "#section"
            })
    void safeUrlsAreKept(String destination) {
        assertEquals(
                destination,
                html(render("[x](" + destination + ")\n")).selectFirst("a").attr("href"));
    }

    @Test
    void gfmTableIsRendered() {
        Document document = html(render("| key | level |\n|---|---|\n| mission | idea |\n| loop | loop |\n"));

        assertEquals(
                List.of("key", "level"), document.select("table > thead th").eachText());
        assertEquals(
                List.of("mission", "idea", "loop", "loop"),
                document.select("table > tbody td").eachText());
    }

    @Test
    void strikethroughIsRendered() {
        Document document = html(render("Now ~~never~~ later.\n"));

        assertEquals("never", document.selectFirst("p > del").text());
    }

    @Test
    void plainTextHasNoMarkup() {
        String text = render("# Title\n\nSome **bold** words.\n").text();

        assertTrue(text.contains("Some bold words."), text);
        assertFalse(text.contains("**"), text);
    }

    @Test
    void theTextKeptForSearchIsTheBodysStartUpToTheLimit() {
        String paragraph = "Tide gauges report every ten minutes.\n\n";
        String text = render(paragraph.repeat(200)).text();
        long nonBlank = text.chars().filter(c -> !Whitespace.isSpace(c)).count();
        assertEquals(MarkdownRenderer.TEXT_KEPT, nonBlank);
        assertTrue(text.startsWith("Tide gauges report every ten minutes."), text);
        assertEquals("Short body.", render("Short body.").text().strip());
        // the limit falls on the first half of a surrogate pair: the pair is kept whole
        String waves = "a" + "\ud83c\udf0a".repeat(MarkdownRenderer.TEXT_KEPT);
        assertEquals(waves.substring(0, MarkdownRenderer.TEXT_KEPT + 1), MarkdownRenderer.start(waves));
    }

    @Test
    void theTextStoppedAtTheLimitIsTheStartOfTheWholeText() {
        String section = "## Levels\n\nA *tide* gauge at https://example.org/tide reads \ud83c\udf0a every hour.\n\n"
                + "- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode block\n```\n\n";
        for (int repeats : new int[] {1, 20, 40}) {
            String body = "Opening words.\n\n" + section.repeat(repeats);
            var extensions = java.util.List.of(
                    org.commonmark.ext.gfm.tables.TablesExtension.create(),
                    org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create(),
                    org.commonmark.ext.autolink.AutolinkExtension.create(),
                    org.commonmark.ext.heading.anchor.HeadingAnchorExtension.create());
            String whole = org.commonmark.renderer.text.TextContentRenderer.builder()
                    .nodeRendererFactory(dev.handbook.parse.markdown.ReadableText.factory())
                    .extensions(extensions)
                    .build()
                    .render(org.commonmark.parser.Parser.builder()
                            .extensions(extensions)
                            .build()
                            .parse(body));
            assertEquals(MarkdownRenderer.start(whole), render(body).text(), "repeats " + repeats);
        }
    }

    @Test
    void theSearchTextHoldsLinkTextWithoutTargetsAndTableCellsWithoutPipes() {
        String body = "See [the levels](../guides/maturity.md#loop) and <https://example.org/x>.\n\n"
                + "![A gauge](images/gauge.png)\n\n| product | why |\n|---|---|\n| [Relay](alert-relay.md) | sends warnings |\n";

        assertEquals(
                "See the levels and https://example.org/x.\nA gauge\nproduct why\nRelay sends warnings",
                render(body).text().strip());
    }
}
