package dev.handbook.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.config.RawHtml;
import dev.handbook.parse.MarkdownRenderer;
import dev.handbook.run.CheckResult;
import dev.handbook.run.HandbookCheck;
import dev.handbook.testing.JsonText;
import dev.handbook.testing.Trees;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    private static final String PREFIX = SearchIndex.HEADER + "window.HANDBOOK_SEARCH = ";
    private static final String HOSTILE = "</script><script>alert(\"x\")</script> <!-- ' \\ & > "
            + "\u2028\u2029 \u0000\u0001\u001f\u007f caf\u00e9 \ud83c\udf0a lone \ud800 end";

    /** The index as the browser sees it: the array after the assignment, checked by a strict parser. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String javaScript) {
        assertTrue(javaScript.startsWith(PREFIX), javaScript);
        assertTrue(javaScript.endsWith("];\n"), javaScript);
        String json = javaScript.substring(PREFIX.length(), javaScript.length() - ";\n".length());
        return (List<Map<String, Object>>) JsonText.parse(json);
    }

    static SearchEntry entry(String title, String url, String text) {
        return new SearchEntry(
                title,
                url,
                SearchEntry.PRODUCT,
                "Measures the sea.",
                List.of("hardware"),
                List.of("Blink patterns"),
                text);
    }

    @Test
    void anEmptyHandbookHasAnEmptyIndex() {
        String js = new SearchIndex(List.of()).toJavaScript();
        assertEquals(PREFIX + "[\n];\n", js);
        assertEquals(List.of(), parse(js));
    }

    @Test
    void entriesKeepTheirOrderAndEveryField() {
        SearchEntry gauge = new SearchEntry(
                "Tidegauge",
                "products/tidegauge.html",
                SearchEntry.PRODUCT,
                "Tidegauge measures how high the water is.",
                List.of("hardware", "sensors"),
                List.of("Installation", "Calibration"),
                "The gauge sits on the harbour wall.");
        SearchEntry guide = new SearchEntry(
                "Maturity", "guides/maturity.html", SearchEntry.GUIDE, "", List.of(), List.of(), "Levels in order.");
        List<Map<String, Object>> parsed = parse(new SearchIndex(List.of(guide, gauge)).toJavaScript());
        assertEquals(
                List.of(
                        Map.of(
                                "title",
                                "Maturity",
                                "url",
                                "guides/maturity.html",
                                "kind",
                                "guide",
                                "mission",
                                "",
                                "tags",
                                List.of(),
                                "headings",
                                List.of(),
                                "text",
                                "Levels in order."),
                        Map.of(
                                "title",
                                "Tidegauge",
                                "url",
                                "products/tidegauge.html",
                                "kind",
                                "product",
                                "mission",
                                "Tidegauge measures how high the water is.",
                                "tags",
                                List.of("hardware", "sensors"),
                                "headings",
                                List.of("Installation", "Calibration"),
                                "text",
                                "The gauge sits on the harbour wall.")),
                parsed);
        assertEquals(
                List.of("title", "url", "kind", "mission", "tags", "headings", "text"),
                List.copyOf(parsed.get(0).keySet()));
    }

    @Test
    void hostileStringsCannotLeaveTheStringLiteral() {
        SearchEntry hostile = new SearchEntry(
                HOSTILE,
                "products/x.html",
                SearchEntry.PRODUCT,
                HOSTILE,
                List.of(HOSTILE, "</SCRIPT"),
                List.of(HOSTILE),
                HOSTILE);
        String js = new SearchIndex(List.of(hostile)).toJavaScript();

        assertTrue(js.chars().allMatch(c -> c == '\n' || c >= 0x20 && c <= 0x7e), "printable ASCII only");
        for (String forbidden : List.of("<", ">", "&", "'", "\u2028", "\u2029")) {
            assertFalse(js.contains(forbidden), forbidden);
        }
        assertFalse(js.toLowerCase().contains("</script"));
        assertEquals(1, js.lines().filter(line -> line.startsWith("{")).count(), "one entry, one line");

        Map<String, Object> parsed = parse(js).get(0);
        SearchEntry published = new SearchIndex(List.of(hostile)).entries().get(0);
        assertEquals(published.title(), parsed.get("title"));
        assertEquals(published.tags(), parsed.get("tags"));
        assertEquals(published.text(), parsed.get("text"));
        assertTrue(published.text().contains("</script><script>alert(\"x\")"), published.text());
    }

    @Test
    void quotingRoundTripsEveryCharacterExactly() {
        StringBuilder every = new StringBuilder(HOSTILE);
        for (char c = 0; c < 0x800; c++) {
            every.append(c);
        }
        every.append('\ufeff').append('\uffff').append('\udfff');
        StringBuilder out = new StringBuilder();
        SearchIndex.quote(out, every.toString());
        assertEquals(every.toString(), JsonText.parse(out.toString()));
        assertEquals(
                "\"\\u003c/script\\u003e \\u2028 \\\" \\\\ \\n \\u0000 \\u00e9\"",
                quoted("</script> \u2028 \" \\ \n \u0000 \u00e9"));
    }

    /** The parse keeps only the start of each body's text: enough, whatever the blanks in it, for what the index shows. */
    @Test
    void theTextTheParseKeepsPublishesLikeTheWholeText() {
        assertTrue(MarkdownRenderer.TEXT_KEPT > SearchIndex.DEFAULT_TEXT_LIMIT);
        String nbsp = "\u00a0";
        List<String> bodies = List.of(
                "Tide gauges report every ten minutes.\n\n".repeat(100),
                ("gauge" + nbsp.repeat(3) + "reads\u2003\u2003the\u0085tide ").repeat(200),
                ("a" + nbsp.repeat(3)).repeat(1000),
                "\ud83c\udf0a ".repeat(1000),
                "Short body.");
        MarkdownRenderer markdown = new MarkdownRenderer(RawHtml.ESCAPE);
        for (String body : bodies) {
            String kept = markdown.render(body, 1, link -> link).text();
            String whole = body.replace("\n\n", "\n");
            assertEquals(
                    SearchIndex.cut(whole, SearchIndex.DEFAULT_TEXT_LIMIT),
                    SearchIndex.cut(kept, SearchIndex.DEFAULT_TEXT_LIMIT),
                    body.substring(0, Math.min(20, body.length())));
        }
    }

    @Test
    void bodyTextKeepsOnlyItsStartCutAtAWord() {
        String body = "word ".repeat(2000);
        String text = new SearchIndex(List.of(entry("T", "t.html", body)))
                .entries()
                .get(0)
                .text();
        assertTrue(text.length() <= SearchIndex.DEFAULT_TEXT_LIMIT, "length " + text.length());
        assertTrue(text.length() > SearchIndex.DEFAULT_TEXT_LIMIT - 10, "length " + text.length());
        assertTrue(text.endsWith("word\u2026"), text);

        String custom = new SearchIndex(List.of(entry("T", "t.html", body)), 50)
                .entries()
                .get(0)
                .text();
        assertTrue(custom.length() <= 50 && custom.startsWith("word word"), custom);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        for (int limit = 16; limit < 40; limit++) {
            String text = SearchIndex.cut("\ud83c\udf0a".repeat(100), limit);
            assertTrue(text.length() <= limit, text);
            assertTrue(text.endsWith("\ud83c\udf0a\u2026"), "limit " + limit + ": " + text);
        }
    }

    @Test
    void whitespaceIsCollapsedAndShortTextsAreKept() {
        assertEquals("a b c", SearchIndex.cut("  a\n\n b\t\u00a0\u2028c  ", 400));
        assertEquals("exactly", SearchIndex.cut("exactly", 7));
        assertEquals("abcdefghijklmno\u2026", SearchIndex.cut("abcdefghijklmnopqrstuvwxyz", 16));
    }

    @Test
    void aTextAlreadyFlatIsKeptAndAnyOtherIsCollapsed() {
        String flat = "tide gauge, pump 3";
        org.junit.jupiter.api.Assertions.assertSame(flat, SearchIndex.cut(flat, 400));
        assertEquals("a b", SearchIndex.cut("a  b", 400));
        assertEquals("a b", SearchIndex.cut("a\tb", 400));
        assertEquals("a b", SearchIndex.cut("a\u00a0b", 400));
        assertEquals("a", SearchIndex.cut(" a", 400));
        assertEquals("a", SearchIndex.cut("\u001fa", 400)); // not a space inside, but stripped at an end
        assertEquals("a\u001fb", SearchIndex.cut("a\u001fb", 400));
        assertEquals("wave \ud83c\udf0a", SearchIndex.cut("wave \ud83c\udf0a", 400));
        assertEquals("", SearchIndex.cut("", 400));
    }

    @Test
    void factsThatAreCutToNothingLeaveTheirKeyOut() {
        SearchEntry entry = new SearchEntry(
                "Pump",
                "products/pump.html",
                SearchEntry.PRODUCT,
                "",
                List.of(" ", "tide"),
                List.of(),
                "",
                "",
                List.of("  ", "\t"));
        String script = new SearchIndex(List.of(entry)).toJavaScript();
        assertTrue(script.contains("\"tags\":[\"tide\"]"), script);
        assertFalse(script.contains("facts"), script);
        assertFalse(script.contains("level"), script);
    }

    @Test
    void everyFieldIsBoundedWhateverThePageHolds() {
        String huge = "x".repeat(100_000);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(huge);
        }
        many.add(2, "   ");
        SearchEntry entry = new SearchEntry(huge, "p.html", SearchEntry.GUIDE, huge, many, many, huge);
        SearchEntry published = new SearchIndex(List.of(entry)).entries().get(0);
        assertTrue(published.title().length() <= SearchIndex.TITLE_LIMIT);
        assertTrue(published.mission().length() <= SearchIndex.MISSION_LIMIT);
        assertEquals(SearchIndex.MAX_TAGS, published.tags().size());
        assertEquals(SearchIndex.MAX_HEADINGS, published.headings().size());
        assertTrue(published.tags().stream().allMatch(t -> !t.isEmpty() && t.length() <= SearchIndex.TAG_LIMIT));
        assertTrue(published.headings().stream().allMatch(h -> h.length() <= SearchIndex.HEADING_LIMIT));
        assertTrue(published.text().length() <= SearchIndex.DEFAULT_TEXT_LIMIT);
        assertTrue(new SearchIndex(List.of(entry)).toJavaScript().length() < 8_000);
    }

    @Test
    void tenThousandPagesMakeAnIndexOfAFewMegabytes() {
        List<SearchEntry> entries = new ArrayList<>();
        String body = "The gauge on the harbour wall reports the water level every minute. ".repeat(80);
        for (int i = 0; i < 10_000; i++) {
            entries.add(new SearchEntry(
                    "Product number " + i,
                    "products/product-" + i + ".html",
                    SearchEntry.PRODUCT,
                    "Product " + i + " measures how high the water is, every minute, so the town knows the sea level.",
                    List.of("hardware", "sensors", "team-" + i % 7),
                    List.of("Installation", "Calibration", "Roadmap"),
                    body));
        }
        String js = new SearchIndex(entries).toJavaScript();
        assertTrue(js.length() < 8_000_000, "index is " + js.length() + " characters");
        assertEquals(10_000, parse(js).size());
    }

    @Test
    void outputIsDeterministic() {
        List<SearchEntry> entries = List.of(entry("B", "b.html", "two"), entry("A", "a.html", "one"));
        assertEquals(new SearchIndex(entries).toJavaScript(), new SearchIndex(List.copyOf(entries)).toJavaScript());
        assertEquals(
                List.of("B", "A"),
                parse(new SearchIndex(entries).toJavaScript()).stream()
                        .map(e -> e.get("title"))
                        .toList());
    }

    @Test
    void entriesRefuseAddressesABrowserWouldNotResolveAgainstTheRoot() {
        for (String url : List.of(
                "",
                " ",
                "/products/x.html",
                "//evil.example/x",
                "javascript:alert(1)",
                "https://example.org/",
                "data:text/html,x",
                "products\\x.html")) {
            assertThrows(IllegalArgumentException.class, () -> entry("T", url, ""), url);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> new SearchEntry("T", "t.html", "recipe", "", List.of(), List.of(), ""));
        assertThrows(
                NullPointerException.class,
                () -> new SearchEntry("T", "t.html", SearchEntry.GUIDE, null, List.of(), List.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> new SearchIndex(List.of(), 15));
    }

    @Test
    void aHandbookGivesOneEntryPerPublishedPage(@TempDir Path temp) throws Exception {
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("only-content"));
        CheckResult result =
                new HandbookCheck().checkForBuild(dev.handbook.run.RunOptions.of(source, LocalDate.of(2026, 1, 15)));
        List<Map<String, Object>> parsed =
                parse(SearchIndex.of(new dev.handbook.model.ModelBuilder(result.config(), LocalDate.of(2026, 1, 15))
                                .build(result.content(), result.validation()))
                        .toJavaScript());

        assertEquals(
                List.of(
                        "guides/glossary.html:guide",
                        "guides/how-we-work.html:guide",
                        "index.html:guide",
                        "products/beacon.html:product",
                        "products/keeper-log.html:product"),
                parsed.stream()
                        .map(e -> e.get("url") + ":" + e.get("kind"))
                        .sorted()
                        .toList());
        Map<String, Object> beacon = parsed.stream()
                .filter(e -> e.get("url").equals("products/beacon.html"))
                .findFirst()
                .orElseThrow();
        assertEquals("Beacon", beacon.get("title"));
        assertEquals("A light on the pier that blinks faster as the water rises.", beacon.get("mission"));
        assertEquals(List.of("hardware", "light"), beacon.get("tags"));
        assertEquals(List.of("Blink patterns"), beacon.get("headings"));
        assertTrue(((String) beacon.get("text")).startsWith("The beacon reads the level"), (String) beacon.get("text"));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        SearchIndex.quote(out, text);
        return out.toString();
    }
}
