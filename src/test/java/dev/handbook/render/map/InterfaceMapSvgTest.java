package dev.handbook.render.map;

import static dev.handbook.render.map.MapFixtures.assertWellFormedXml;
import static dev.handbook.render.map.MapFixtures.edge;
import static dev.handbook.render.map.MapFixtures.nodes;
import static dev.handbook.render.map.MapFixtures.parseSvg;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class InterfaceMapSvgTest {

    private final InterfaceMap map = new InterfaceMap(
            nodes("gauge", "relay", "store"),
            List.of(edge("gauge", "relay"), edge("relay", "store"), edge("gauge", "store")));

    @Test
    void rootHasATitleAndAViewBoxHoldingEveryBox() {
        Element svg = parseSvg(map.svg("Gauge and friends")).selectFirst("svg");
        String[] viewBox = svg.attr("viewBox").split(" ");

        assertEquals("Gauge and friends", svg.child(0).text());
        assertEquals("title", svg.child(0).tagName());
        for (Element rect : svg.select("rect")) {
            assertTrue(Integer.parseInt(rect.attr("x")) + Integer.parseInt(rect.attr("width"))
                    <= Integer.parseInt(viewBox[2]));
            assertTrue(Integer.parseInt(rect.attr("y")) + Integer.parseInt(rect.attr("height"))
                    <= Integer.parseInt(viewBox[3]));
        }
        assertEquals(svg.attr("width"), viewBox[2]);
    }

    @Test
    void eachNodeIsALinkedRoundedBoxWithItsClassAndLabel() {
        List<Element> nodes = parseSvg(map.svg()).select("g.map-node");

        assertEquals(3, nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            MapNode node = map.nodes().get(i);
            Element group = nodes.get(i);
            assertAll(
                    node.id(),
                    () -> assertEquals(1, group.select("a").size()),
                    () -> assertEquals(node.href(), group.selectFirst("a").attr("href")),
                    () -> assertTrue(group.selectFirst("a > rect.map-stripe").hasClass("maturity-loop")),
                    () -> assertFalse(
                            group.selectFirst("rect.map-box").attr("rx").isEmpty()),
                    () -> assertEquals(
                            node.label(), group.selectFirst("a > text").text()),
                    () -> assertEquals(
                            node.label(), group.selectFirst("a > title").text()));
        }
    }

    @Test
    void nodeWithoutHrefIsNotALink() {
        Document svg = parseSvg(new InterfaceMap(List.of(new MapNode("a", "A", "", "")), List.of()).svg());

        assertTrue(svg.select("a").isEmpty());
        assertEquals("map-stripe", svg.selectFirst("rect.map-stripe").attr("class"));
    }

    @Test
    void eachEdgeIsAPathWithAnArrowheadAndItsLabelInATitle() {
        Document svg = parseSvg(map.svg());
        String arrowId = svg.selectFirst("defs > marker").id();
        List<Element> paths = svg.select("path.map-edge");

        assertEquals(3, paths.size());
        assertFalse(svg.select("defs > marker > path").isEmpty());
        for (Element path : paths) {
            assertEquals("url(#" + arrowId + ")", path.attr("marker-end"));
            assertEquals("none", path.attr("fill"));
        }
        assertEquals(
                "Product gauge uses Product relay: gauge to relay",
                paths.get(0).selectFirst("title").text());
    }

    @Test
    void edgesRunAtRightAnglesFromTheBorderOfOneBoxToTheBorderOfAnother() {
        Document svg = parseSvg(map.svg());
        List<Element> boxes = svg.select("rect.map-box");

        for (Element path : svg.select("g.map-edges > path.map-edge")) {
            String[] points = path.attr("d").substring(1).split(" L");
            assertTrue(points.length >= 2, path.attr("d"));
            assertTrue(onABorder(boxes, points[0]), "starts on a box: " + path.attr("d"));
            assertTrue(onABorder(boxes, points[points.length - 1]), "ends on a box: " + path.attr("d"));
        }
    }

    private static boolean onABorder(List<Element> boxes, String point) {
        int px = Integer.parseInt(point.split(",")[0]);
        int py = Integer.parseInt(point.split(",")[1]);
        return boxes.stream().anyMatch(box -> {
            int x = Integer.parseInt(box.attr("x"));
            int y = Integer.parseInt(box.attr("y"));
            int w = Integer.parseInt(box.attr("width"));
            int h = Integer.parseInt(box.attr("height"));
            boolean inside = px >= x && px <= x + w && py >= y && py <= y + h;
            return inside && (px == x || px == x + w || py == y || py == y + h);
        });
    }

    @Test
    void longLabelsAreWrappedWholeAndTheTitleKeepsThemWhole() {
        String label = "Provisioning Orchestrator for Harbour Sensors";
        Element node = parseSvg(
                        new InterfaceMap(List.of(new MapNode("p", label, "", "p.html", "maturity: loop")), List.of())
                                .svg())
                .selectFirst("g.map-node");

        assertEquals(
                List.of("Provisioning Orchestrator", "for Harbour Sensors", "maturity: loop"),
                node.select("text > tspan").eachText());
        assertEquals(label + ", maturity: loop", node.selectFirst("title").text());
    }

    @Test
    void aLabelTooLongForThreeLinesEndsWithAnEllipsis() {
        String label = "The Very Long Name Of A Product That Nobody Would Ever Want To Type Twice Again Today";
        Element node = parseSvg(new InterfaceMap(List.of(new MapNode("p", label, "", "p.html")), List.of()).svg())
                .selectFirst("g.map-node");

        assertEquals(
                List.of("The Very Long Name Of A", "Product That Nobody Would", "Ever Want To Type Twice\u2026"),
                node.select("text > tspan").eachText());
        assertEquals(label, node.selectFirst("title").text());
    }

    @Test
    void eachNodeHoldsAHiddenHighlightOfTheEdgesAtItsEnds() {
        Document svg = parseSvg(map.svg());
        List<Element> groups = svg.select("g.map-node");

        assertEquals(
                List.of(2, 2, 2),
                groups.stream()
                        .map(g -> g.select("g.map-focus > path.map-edge-focus").size())
                        .toList());
        for (Element group : groups) {
            assertEquals("hidden", group.selectFirst("g.map-focus").attr("visibility"));
        }
        List<String> drawn = svg.select("g.map-edges > path").eachAttr("d");
        assertTrue(drawn.containsAll(groups.get(0).select("path.map-edge-focus").eachAttr("d")));
    }

    @Test
    void hostileLabelsClassesAndTitlesAreEscaped() {
        String label = "</text><script>alert(\"x\")</script>&amp;";
        MapNode hostile = new MapNode("x", label, "maturity-loop\" onclick=\"alert(1)", "a.html?x=1&y=\"2\"");
        InterfaceMap hostileMap = new InterfaceMap(
                List.of(hostile, MapFixtures.node("y")), List.of(new MapEdge("x", "y", "<b>MQTT</b> & \"co\"")));
        String svg = hostileMap.svg("<title>&");
        Document doc = parseSvg(svg);

        assertWellFormedXml(svg);
        assertTrue(doc.select("script").isEmpty());
        assertEquals("<title>&", doc.selectFirst("svg > title").text());
        assertEquals(label, doc.selectFirst("g.map-node title").text());
        assertEquals("a.html?x=1&y=\"2\"", doc.selectFirst("a").attr("href"));
        assertEquals(
                "map-stripe maturity-loop\" onclick=\"alert(1)",
                doc.selectFirst("rect.map-stripe").attr("class"));
        assertTrue(doc.selectFirst("path.map-edge title").text().endsWith(": <b>MQTT</b> & \"co\""));
        assertNoEventAttributes(doc);
    }

    @Test
    void scriptingHrefsAreDropped() {
        List<String> hrefs = List.of(
                "javascript:alert(1)",
                " JaVaScRiPt:alert(1)",
                "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox",
                "\u0000javascript:x",
                "file:///etc/passwd");
        List<MapNode> nodes = hrefs.stream()
                .map(h -> new MapNode("n" + hrefs.indexOf(h), "N", "", h))
                .toList();
        InterfaceMap hostileMap = new InterfaceMap(nodes, List.of());

        assertTrue(parseSvg(hostileMap.svg()).select("a").isEmpty());
        assertTrue(hostileMap.nodes().stream().allMatch(n -> n.href().isEmpty()));
        assertFalse(hostileMap.dot().contains("URL="));
    }

    @Test
    void safeHrefsAreKept() {
        List<String> hrefs = List.of(
                "../products/a.html", "https://example.org/a", "mailto:team@example.org", "#section", "a.html?q=a:b");
        List<MapNode> nodes = hrefs.stream()
                .map(h -> new MapNode("n" + hrefs.indexOf(h), "N", "", h))
                .toList();

        assertEquals(
                hrefs,
                parseSvg(new InterfaceMap(nodes, List.of()).svg()).select("a").eachAttr("href"));
    }

    @Test
    void noScriptsOrOutsideReferences() {
        Document doc = parseSvg(MapFixtures.randomMap(40, 80, 7).svg());

        for (Element element : doc.getAllElements()) {
            assertFalse(
                    List.of("script", "foreignObject", "image", "use", "style").contains(element.tagName()));
            String markerEnd = element.attr("marker-end");
            assertTrue(markerEnd.isEmpty() || markerEnd.startsWith("url(#"), markerEnd);
        }
        assertNoEventAttributes(doc);
    }

    @Test
    void anEmptyMapIsStillAWellFormedSvg() {
        String svg = new InterfaceMap(List.of(), List.of()).svg();

        assertWellFormedXml(svg);
        assertEquals("0 0 40 40", parseSvg(svg).selectFirst("svg").attr("viewBox"));
    }

    private static void assertNoEventAttributes(Document doc) {
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), attribute.getKey());
            }
        }
        assertNull(doc.selectFirst("[onclick], [onload]"));
    }
}
