package dev.handbook.render.map;

import static dev.handbook.render.map.MapFixtures.edge;
import static dev.handbook.render.map.MapFixtures.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.testing.JsonText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceMapJsonTest {

    @Test
    void listsNodesWithPositionsAndEdgesUnderTheExpectedKeys() {
        InterfaceMap map = new InterfaceMap(nodes("gauge", "relay"), List.of(edge("gauge", "relay")));
        Map<?, ?> json = (Map<?, ?>) JsonText.parse(map.json());
        List<?> nodes = (List<?>) json.get("nodes");
        List<?> edges = (List<?>) json.get("edges");

        assertEquals(List.of("nodes", "edges"), List.copyOf(json.keySet()));
        assertEquals(2, nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Map<?, ?> node = (Map<?, ?>) nodes.get(i);
            PlacedNode placed = map.layout().get(i);
            assertEquals(List.of("id", "label", "class", "href", "x", "y"), List.copyOf(node.keySet()));
            assertEquals(placed.node().id(), node.get("id"));
            assertEquals(placed.node().href(), node.get("href"));
            assertEquals((long) placed.x(), node.get("x"));
            assertEquals((long) placed.y(), node.get("y"));
        }
        assertEquals(List.of(Map.of("from", "gauge", "to", "relay", "label", "gauge to relay")), edges);
    }

    @Test
    void hostileTextReadsBackUnchangedAndNeverAppearsRaw() {
        String label = "</script><script>alert(\"x\")</script> & \\ \n\t\u0001 \u2028 \uD83D\uDE00 \uD800";
        MapNode hostile = new MapNode("h<&>", label, "c\"", "a.html?a=1&b=<2>");
        String json = new InterfaceMap(List.of(hostile), List.of()).json();
        Map<?, ?> node = (Map<?, ?>) ((List<?>) ((Map<?, ?>) JsonText.parse(json)).get("nodes")).get(0);

        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals(label, node.get("label"));
        assertEquals("h<&>", node.get("id"));
        assertEquals("a.html?a=1&b=<2>", node.get("href"));
        assertEquals("c\"", node.get("class"));
    }

    @Test
    void anEmptyMapIsValidJson() {
        assertEquals("{\"nodes\":[],\"edges\":[]}", new InterfaceMap(List.of(), List.of()).json());
    }

    @Test
    void randomMapsParse() {
        Map<?, ?> json =
                (Map<?, ?>) JsonText.parse(MapFixtures.randomMap(100, 250, 5).json());

        assertEquals(100, ((List<?>) json.get("nodes")).size());
    }

    @Test
    void theTestReaderRejectsMalformedJson() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse("{\"a\":[1,2}"));
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse("{\"a\":1,\"a\":2}"));
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse("{\"a\":\"x\ny\"}"));
    }
}
