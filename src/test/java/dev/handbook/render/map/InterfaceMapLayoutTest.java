package dev.handbook.render.map;

import static dev.handbook.render.map.MapFixtures.edge;
import static dev.handbook.render.map.MapFixtures.nodes;
import static dev.handbook.render.map.MapFixtures.randomMap;
import static dev.handbook.render.map.MapFixtures.shuffled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InterfaceMapLayoutTest {

    @Test
    void inAnAcyclicMapEveryEdgeLeadsToALaterLayer() {
        List<MapEdge> edges = List.of(edge("a", "b"), edge("b", "c"), edge("a", "c"), edge("d", "c"), edge("c", "e"));
        InterfaceMap map = new InterfaceMap(nodes("a", "b", "c", "d", "e"), edges);
        Map<String, PlacedNode> placed = byId(map);

        for (MapEdge edge : edges) {
            assertTrue(placed.get(edge.to()).layer() > placed.get(edge.from()).layer(), edge.toString());
            assertTrue(placed.get(edge.to()).y() > placed.get(edge.from()).y(), edge.toString());
        }
    }

    @Test
    void inARandomAcyclicMapEveryEdgeRunsDownwards() {
        InterfaceMap random = randomMap(400, 1000, 8);
        List<MapEdge> forward = random.edges().stream()
                .filter(e -> e.from().compareTo(e.to()) < 0)
                .toList();
        InterfaceMap map = new InterfaceMap(random.nodes(), forward);
        Map<String, PlacedNode> placed = byId(map);

        for (MapEdge edge : map.edges()) {
            assertTrue(placed.get(edge.to()).layer() > placed.get(edge.from()).layer(), edge.toString());
        }
        assertTrue(MapFixtures.parseSvg(map.svg()).select("path.map-edge-cycle").isEmpty());
    }

    @Test
    void aCycleIsBrokenAtOneEdgeDrawnUpwards() {
        InterfaceMap map =
                new InterfaceMap(nodes("a", "b", "c"), List.of(edge("a", "b"), edge("b", "c"), edge("c", "a")));

        assertEquals(
                List.of(0, 1, 2), map.layout().stream().map(PlacedNode::layer).toList());
        assertEquals(
                1, MapFixtures.parseSvg(map.svg()).select("path.map-edge-cycle").size());
    }

    @Test
    void noTwoNodesShareCoordinates() {
        InterfaceMap map = randomMap(500, 900, 42);
        Set<String> seen = new HashSet<>();

        for (PlacedNode node : map.layout()) {
            assertTrue(seen.add(node.x() + "," + node.y()), "shared position " + node);
        }
        assertEquals(500, seen.size());
    }

    @Test
    void nodesInOneLayerShareAYAndDoNotTouch() {
        InterfaceMap map = new InterfaceMap(nodes("a", "b", "c", "d"), List.of(edge("a", "c"), edge("b", "d")));
        List<PlacedNode> top = map.layout().stream().filter(p -> p.layer() == 0).toList();

        assertEquals(2, top.size());
        assertEquals(top.get(0).y(), top.get(1).y());
        assertTrue(Math.abs(top.get(1).x() - top.get(0).x()) >= Placement.NODE_WIDTH + ElkLayout.NODE_SPACING);
    }

    @Test
    void aMapTooBigForElkGetsTheGridLayoutWhoseLayersFollowTheLongestPath() {
        InterfaceMap big = randomMap(LayoutCache.ELK_LIMIT + 1, 10, 5);
        List<MapNode> nodes = new java.util.ArrayList<>(big.nodes());
        nodes.addAll(nodes("a", "b", "c", "d"));
        InterfaceMap map =
                new InterfaceMap(nodes, List.of(edge("a", "b"), edge("b", "c"), edge("a", "c"), edge("d", "c")));
        Map<String, PlacedNode> placed = byId(map);

        assertEquals(
                List.of(0, 1, 2, 0),
                List.of("a", "b", "c", "d").stream()
                        .map(id -> placed.get(id).layer())
                        .toList());
    }

    @Test
    void shuffledInputGivesByteIdenticalOutput() {
        InterfaceMap original = randomMap(300, 600, 3);
        InterfaceMap reordered = new InterfaceMap(shuffled(original.nodes(), 1), shuffled(original.edges(), 2));

        assertEquals(original.layout(), reordered.layout());
        assertEquals(original.svg(), reordered.svg());
        assertEquals(original.dot(), reordered.dot());
        assertEquals(original.json(), reordered.json());
    }

    @Test
    void buildingTwiceGivesTheSameOutput() {
        assertEquals(randomMap(200, 400, 9).svg(), randomMap(200, 400, 9).svg());
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        int length = 10_000;
        List<MapNode> nodes = new java.util.ArrayList<>();
        List<MapEdge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < length; i++) {
            nodes.add(MapFixtures.node(String.format("c%05d", i)));
            if (i > 0) {
                edges.add(edge(String.format("c%05d", i - 1), String.format("c%05d", i)));
            }
        }

        assertEquals(
                length - 1,
                new InterfaceMap(nodes, edges).layout().get(length - 1).layer());
    }

    private static Map<String, PlacedNode> byId(InterfaceMap map) {
        return map.layout().stream().collect(Collectors.toMap(p -> p.node().id(), Function.identity()));
    }
}
