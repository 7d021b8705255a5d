package dev.handbook.render.map;

import static dev.handbook.render.map.MapFixtures.edge;
import static dev.handbook.render.map.MapFixtures.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterfaceMapSubMapTest {

    // a -> b -> c -> d, x -> c, and y alone.
    private final InterfaceMap map = new InterfaceMap(
            nodes("a", "b", "c", "d", "x", "y"),
            List.of(edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("x", "c")));

    @Test
    void neighbourhoodFollowsEdgesBothWaysUpToTheDepth() {
        assertEquals(List.of("b"), ids(map.neighbourhood("b", 0)));
        assertEquals(List.of("a", "b", "c"), ids(map.neighbourhood("b", 1)));
        assertEquals(List.of("a", "b", "c", "d", "x"), ids(map.neighbourhood("b", 2)));
        assertEquals(List.of("b", "c", "d", "x"), ids(map.neighbourhood("c", 1)));
        assertEquals(List.of("y"), ids(map.neighbourhood("y", 5)));
    }

    @Test
    void neighbourhoodKeepsTheEdgesBetweenItsNodes() {
        assertEquals(
                List.of(edge("b", "c"), edge("c", "d"), edge("x", "c")),
                map.neighbourhood("c", 1).edges());
    }

    @Test
    void neighbourhoodOfAnUnknownNodeIsEmpty() {
        InterfaceMap none = map.neighbourhood("nope", 3);

        assertEquals(List.of(), none.nodes());
        assertEquals("{\"nodes\":[],\"edges\":[]}", none.json());
    }

    @Test
    void negativeDepthIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> map.neighbourhood("a", -1));
    }

    @Test
    void subsetKeepsTheGivenNodesAndTheEdgesAmongThem() {
        InterfaceMap owned = map.subset(new HashSet<>(List.of("d", "c", "a", "unknown")));

        assertEquals(List.of("a", "c", "d"), ids(owned));
        assertEquals(List.of(edge("c", "d")), owned.edges());
    }

    @Test
    void aSubMapIsLaidOutAfresh() {
        InterfaceMap pair = map.subset(Set.of("c", "d"));

        assertEquals(
                List.of(0, 1), pair.layout().stream().map(PlacedNode::layer).toList());
        assertEquals(new InterfaceMap(nodes("c", "d"), List.of(edge("c", "d"))).svg(), pair.svg());
    }

    private static List<String> ids(InterfaceMap map) {
        return map.nodes().stream().map(MapNode::id).toList();
    }
}
