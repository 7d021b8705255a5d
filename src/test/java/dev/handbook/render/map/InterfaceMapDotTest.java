package dev.handbook.render.map;

import static dev.handbook.render.map.MapFixtures.edge;
import static dev.handbook.render.map.MapFixtures.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InterfaceMapDotTest {

    private static final String QUOTED = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final Pattern NODE_LINE = Pattern.compile(
            "  " + QUOTED + " \\[label=" + QUOTED + "(, class=" + QUOTED + ")?(, URL=" + QUOTED + ")?\\];");
    private static final Pattern EDGE_LINE =
            Pattern.compile("  " + QUOTED + " -> " + QUOTED + "( \\[label=" + QUOTED + "\\])?;");

    @Test
    void writesOneStatementPerNodeAndEdge() {
        InterfaceMap map = new InterfaceMap(
                nodes("gauge", "relay"), List.of(edge("gauge", "relay"), new MapEdge("relay", "gauge", "")));

        assertEquals("""
                digraph handbook {
                  node [shape=box, style=rounded];
                  "gauge" [label="Product gauge", class="maturity-loop", URL="../products/gauge.html"];
                  "relay" [label="Product relay", class="maturity-loop", URL="../products/relay.html"];
                  "gauge" -> "relay" [label="gauge to relay"];
                  "relay" -> "gauge";
                }
                """, map.dot());
    }

    @Test
    void nodesWithoutClassOrHrefLeaveTheAttributeOut() {
        String dot = new InterfaceMap(List.of(new MapNode("a", "A", "", "")), List.of()).dot();

        assertTrue(dot.contains("  \"a\" [label=\"A\"];\n"), dot);
    }

    @Test
    void hostileIdsAndLabelsStayInsideTheirQuotes() {
        MapNode hostile = new MapNode("x\" -> \"evil", "say \"hi\"\nC:\\dir\\", "c\"", "a.html?\"");
        MapNode plain = new MapNode("y\\", "ends with \\", "", "");
        String dot = new InterfaceMap(List.of(hostile, plain), List.of(new MapEdge(hostile.id(), plain.id(), "q\"\\")))
                .dot();

        assertWellFormed(dot);
        assertTrue(dot.contains("[label=\"say \\\"hi\\\"\\nC:\\\\dir\\\\ \""), dot);
        assertTrue(dot.contains("\"x\\\" -> \\\"evil\" -> \"y\\\\ \" [label=\"q\\\"\\\\ \"];"), dot);
    }

    @Test
    void randomMapsAreWellFormed() {
        assertWellFormed(MapFixtures.randomMap(100, 250, 11).dot());
    }

    private static void assertWellFormed(String dot) {
        List<String> lines = Arrays.asList(dot.split("\n", -1));
        assertEquals("digraph handbook {", lines.get(0));
        assertEquals("  node [shape=box, style=rounded];", lines.get(1));
        assertEquals(List.of("}", ""), lines.subList(lines.size() - 2, lines.size()));
        for (String line : lines.subList(2, lines.size() - 2)) {
            assertTrue(
                    NODE_LINE.matcher(line).matches() || EDGE_LINE.matcher(line).matches(), line);
        }
    }
}
