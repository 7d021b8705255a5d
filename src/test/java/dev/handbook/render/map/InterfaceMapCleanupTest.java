package dev.handbook.render.map;

import static dev.handbook.render.map.MapFixtures.edge;
import static dev.handbook.render.map.MapFixtures.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterfaceMapCleanupTest {

    @Test
    void edgesWithAMissingEndAreIgnored() {
        InterfaceMap map =
                new InterfaceMap(nodes("a", "b"), List.of(edge("a", "b"), edge("a", "ghost"), edge("ghost", "b")));

        assertEquals(List.of(edge("a", "b")), map.edges());
    }

    @Test
    void selfLoopsAreIgnored() {
        assertEquals(List.of(), new InterfaceMap(nodes("a"), List.of(edge("a", "a"))).edges());
    }

    @Test
    void duplicateEdgesMergeIntoOneCarryingEveryDistinctLabel() {
        List<MapEdge> edges = List.of(
                new MapEdge("a", "b", "REST"),
                new MapEdge("a", "b", ""),
                new MapEdge("a", "b", "MQTT topic"),
                new MapEdge("a", "b", "REST"));
        InterfaceMap map = new InterfaceMap(nodes("a", "b"), edges);

        assertEquals(List.of(new MapEdge("a", "b", "MQTT topic; REST")), map.edges());
        assertEquals(1, MapFixtures.parseSvg(map.svg()).select("path.map-edge").size());
    }

    @Test
    void oppositeEdgesAreNotDuplicates() {
        assertEquals(
                2,
                new InterfaceMap(nodes("a", "b"), List.of(edge("a", "b"), edge("b", "a")))
                        .edges()
                        .size());
    }

    @Test
    void ofNodesSharingAnIdTheSameOneWinsWhateverTheInputOrder() {
        MapNode first = new MapNode("a", "Alpha", "maturity-idea", "");
        MapNode second = new MapNode("a", "Aleph", "maturity-loop", "");

        assertEquals(List.of(second), new InterfaceMap(List.of(first, second), List.of()).nodes());
        assertEquals(List.of(second), new InterfaceMap(List.of(second, first), List.of()).nodes());
    }

    @Test
    void nodesAndEdgesAreValidOnConstruction() {
        assertThrows(NullPointerException.class, () -> new MapNode(null, "x", "", ""));
        assertThrows(IllegalArgumentException.class, () -> new MapNode("", "x", "", ""));
        assertThrows(NullPointerException.class, () -> new MapEdge("a", null, ""));
        assertEquals(new MapNode("a", "a", "", ""), new MapNode("a", null, null, null));
        assertEquals("", new MapEdge("a", "b", null).label());
    }
}
