package dev.handbook.render.chart;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.render.chart.BarChart.Bar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final List<Bar> MATURITY = List.of(
            new Bar("idea", 3, "maturity-idea"),
            new Bar("prototype", 6, "maturity-prototype"),
            new Bar("loop", 0, "maturity-loop"),
            new Bar("steady", 12, "maturity-steady"));

    @Test
    void rootIsAnAccessibleImageThatScalesToItsContainer() {
        Element svg = parse(BarChart.svg("Products by maturity", MATURITY)).selectFirst("svg");

        assertEquals("img", svg.attr("role"));
        assertEquals("100%", svg.attr("width"));
        assertEquals("0 0 440 158", svg.attr("viewBox"));
        assertEquals("title", svg.child(0).tagName());
        assertEquals("Products by maturity", svg.child(0).text());
        assertEquals(
                "idea: 3; prototype: 6; loop: 0; steady: 12",
                svg.selectFirst("desc").text());
    }

    @Test
    void eachBarIsOneRectWithItsClassLabelAndCount() {
        List<Element> bars =
                parse(BarChart.svg("Products by maturity", MATURITY)).select("g.bar");

        assertEquals(4, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = MATURITY.get(i);
            Element group = bars.get(i);
            assertAll(
                    bar.label(),
                    () -> assertEquals(1, group.select("rect").size()),
                    () -> assertTrue(group.selectFirst("rect").hasClass(bar.cssClass())),
                    () -> assertEquals(
                            bar.label(), group.selectFirst("text.bar-label").text()),
                    () -> assertEquals(
                            Integer.toString(bar.value()),
                            group.selectFirst("text.bar-value").text()));
        }
    }

    @Test
    void barWidthsAreScaledToTheLargestValue() {
        List<Element> rects = parse(BarChart.svg("t", MATURITY)).select("rect");

        assertEquals(
                List.of("60", "120", "0", "240"),
                rects.stream().map(r -> r.attr("width")).toList());
    }

    @Test
    void onAFixedScaleTheScaleFillsTheWidthAndTheAxisEndsAtIt() {
        List<Bar> percents = List.of(new Bar("Lamp Team", 50, ""), new Bar("Sound Team", 25, ""));
        Document chart = parse(BarChart.svg("Done", "% done", percents, 100));

        assertEquals(
                List.of("120", "60"),
                chart.select("rect").stream().map(r -> r.attr("width")).toList());
        assertEquals(
                List.of("0", "50", "100", "% done"),
                chart.select("g.axis text").stream().map(Element::text).toList());
        assertThrows(IllegalArgumentException.class, () -> BarChart.svg("t", "u", List.of(new Bar("x", 101, "")), 100));
    }

    @Test
    void valueAxisHasTicksAtZeroHalfAndTheLargestValueAndNamesItsUnit() {
        Element axis = parse(BarChart.svg("t", "products", MATURITY)).selectFirst("g.axis");

        assertEquals(List.of("0", "6", "12"), axis.select("text.axis-label").eachText());
        assertEquals(
                List.of(
                        String.valueOf(BarChart.BAR_X),
                        String.valueOf(BarChart.BAR_X + 120),
                        String.valueOf(BarChart.BAR_X + 240)),
                axis.select("text.axis-label").eachAttr("x"));
        assertEquals("products", axis.selectFirst("text.axis-unit").text());
    }

    @Test
    void countTextSitsJustAfterItsBar() {
        Element steady = parse(BarChart.svg("t", MATURITY)).select("g.bar").get(3);

        assertEquals(
                BarChart.BAR_X + 240 + 6,
                Integer.parseInt(steady.selectFirst("text.bar-value").attr("x")));
    }

    @Test
    void tinyNonZeroValuesStayVisibleAndZeroStaysZero() {
        assertEquals(1, BarChart.barWidth(1, 100_000));
        assertEquals(0, BarChart.barWidth(0, 100_000));
        assertEquals(BarChart.BAR_MAX_WIDTH, BarChart.barWidth(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void allZeroValuesDrawZeroWidthBarsWithTheirCounts() {
        Document chart = parse(BarChart.svg("t", List.of(new Bar("a", 0, "x"), new Bar("b", 0, "y"))));

        assertEquals(
                List.of("0", "0"),
                chart.select("rect").stream().map(r -> r.attr("width")).toList());
        assertEquals(
                List.of("0", "0"),
                chart.select("text.bar-value").stream().map(Element::text).toList());
    }

    @Test
    void noBarsSayNoData() {
        Document chart = parse(BarChart.svg("Empty", List.of()));

        assertTrue(chart.select("rect").isEmpty());
        assertEquals("No data", chart.selectFirst("text").text());
    }

    @Test
    void hostileTextIsEscapedAndReadsBackUnchanged() {
        String label = "<script>&\"'</script>";
        String title = "</title><script>alert(1)</script>";
        String svg = BarChart.svg(title, List.of(new Bar(label, 1, "a\" onload=\"alert(1)")));
        Document chart = parse(svg);

        assertFalse(svg.contains("<script"));
        assertTrue(chart.select("script").isEmpty());
        assertEquals(title, chart.selectFirst("svg > title").text());
        assertEquals(label, chart.selectFirst("text.bar-label").text());
        assertEquals("bar-fill a\" onload=\"alert(1)", chart.selectFirst("rect").attr("class"));
        assertWellFormed(svg);
    }

    @Test
    void noScriptsEventHandlersOrExternalReferences() {
        Document chart = parse(BarChart.svg("t <x> & \"y\"", MATURITY));

        for (Element element : chart.getAllElements()) {
            assertFalse(
                    List.of("script", "foreignObject", "image", "use", "a", "style")
                            .contains(element.tagName()),
                    element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), attribute.getKey());
                assertFalse(attribute.getKey().contains("href"), attribute.getKey());
                assertFalse(attribute.getValue().contains("url("), attribute.getValue());
            }
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreDroppedSoTheSvgStaysWellFormed() {
        String svg = BarChart.svg("bell\u0007", List.of(new Bar("nul\u0000 \uD800 \uFFFF ok", 2, "c")));

        assertWellFormed(svg);
        assertEquals("nul   ok", parse(svg).selectFirst("text.bar-label").wholeText());
    }

    @Test
    void longLabelsAreShortenedWithTheFullLabelInTheBarTitle() {
        String label = "A very long product name that would run into its bar";
        Element bar = parse(BarChart.svg("t", List.of(new Bar(label, 1, "c")))).selectFirst("g.bar");

        assertEquals(
                "A very long product\u2026", bar.selectFirst("text.bar-label").text());
        assertEquals(label + ": 1", bar.selectFirst("title").text());
    }

    @Test
    void sameInputGivesIdenticalOutput() {
        assertEquals(BarChart.svg("t", MATURITY), BarChart.svg("t", List.copyOf(MATURITY)));
    }

    @Test
    void barsAreValidOnConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new Bar("x", -1, "c"));
        assertThrows(NullPointerException.class, () -> new Bar(null, 1, "c"));
        assertThrows(NullPointerException.class, () -> new Bar("x", 1, null));
    }

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    private static void assertWellFormed(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }
}
