package dev.handbook.render.map;

import static dev.handbook.render.map.MapFixtures.randomMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The drawn map's edges run around boxes, never through one; boxes never overlap. */
class InterfaceMapGeometryTest {

    @Test
    void noEdgeCrossesABoxAtFifteenProducts() {
        assertClean(randomMap(15, 30, 15), 15);
    }

    @Test
    void noEdgeCrossesABoxAtOneHundredAndFiftyProducts() {
        assertClean(randomMap(150, 320, 150), 150);
    }

    @Test
    void noEdgeCrossesABoxInThreeHundredNeighbourhoods() {
        InterfaceMap big = randomMap(2_000, 4_000, 7);
        for (int i = 0; i < 300; i++) {
            InterfaceMap near = big.neighbourhood(big.nodes().get(i).id(), 1);
            assertClean(near, near.nodes().size());
        }
    }

    @Test
    void neighbourhoodsOfOneShapeShareOneLayout() {
        List<MapNode> nodes = MapFixtures.nodes("a", "b", "c", "d");
        InterfaceMap map = new InterfaceMap(nodes, List.of(MapFixtures.edge("a", "b"), MapFixtures.edge("c", "d")));

        String ab = map.neighbourhood("a", 1).svg();
        String cd = map.neighbourhood("c", 1).svg();

        assertEquals(1, map.shapesLaidOut());
        assertEquals(MapGeometry.of(ab).boxes(), MapGeometry.of(cd).boxes());
    }

    @Test
    void twoStarsOfTheSameArmsShareOneLayoutWhateverTheirNames() {
        List<MapNode> nodes = MapFixtures.nodes("a", "b", "c", "d", "e", "f");
        InterfaceMap map = new InterfaceMap(
                nodes,
                List.of(
                        MapFixtures.edge("a", "b"),
                        MapFixtures.edge("a", "c"),
                        MapFixtures.edge("f", "d"),
                        MapFixtures.edge("f", "e")));

        MapGeometry first = MapGeometry.of(map.neighbourhood("a", 1).svg());
        MapGeometry second = MapGeometry.of(map.neighbourhood("f", 1).svg());

        assertEquals(1, map.shapesLaidOut());
        assertEquals(
                first.boxes().stream()
                        .sorted(java.util.Comparator.comparing(Object::toString))
                        .toList(),
                second.boxes().stream()
                        .sorted(java.util.Comparator.comparing(Object::toString))
                        .toList());
        assertEquals(List.of(), second.crossings());
    }

    private static void assertClean(InterfaceMap map, int nodes) {
        MapGeometry geometry = MapGeometry.of(map.svg());
        assertEquals(nodes, geometry.boxes().size());
        assertEquals(map.edges().size(), geometry.edgeCount());
        assertEquals(List.of(), geometry.crossings());
        assertEquals(List.of(), geometry.overlaps());
        assertTrue(map.edges().isEmpty() || geometry.edgeCount() > 0);
    }
}
