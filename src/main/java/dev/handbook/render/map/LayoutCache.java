package dev.handbook.render.map;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Layouts by shape, shared by a map and every part cut from it: ten thousand product
 * neighbourhoods come in far fewer shapes, and ELK runs once per shape. A shape is the graph with
 * its nodes renumbered by (outgoing edges, incoming edges, then their own order), so that two
 * stars of the same numbers of arms share one layout whatever their products are called.
 * Bounded: past {@link #MAX_SHAPES} shapes, new ones are laid out without being kept.
 */
final class LayoutCache {

    /** Maps with more nodes get the linear grid layout: ELK's time grows faster than the map. */
    static final int ELK_LIMIT = 300;

    static final int MAX_SHAPES = 20_000;

    private final ConcurrentHashMap<Shape, Placement> byShape = new ConcurrentHashMap<>();

    Placement placementOf(MapGraph graph) {
        if (graph.size() > ELK_LIMIT) {
            return Layout.of(graph);
        }
        Renumbering renumbering = Renumbering.of(graph);
        Shape shape = renumbering.shape();
        Placement laid = byShape.get(shape);
        if (laid == null) {
            laid = ElkLayout.of(graph.size(), shape.from(), shape.to());
            if (byShape.size() < MAX_SHAPES) {
                byShape.putIfAbsent(shape, laid);
            }
        }
        return renumbering.applyTo(laid);
    }

    int size() {
        return byShape.size();
    }

    /** The part of a graph a layout depends on; node labels do not count, every box being the same size. */
    record Shape(int nodes, int[] ends) {

        int[] from() {
            return java.util.stream.IntStream.range(0, ends.length / 2)
                    .map(e -> ends[2 * e])
                    .toArray();
        }

        int[] to() {
            return java.util.stream.IntStream.range(0, ends.length / 2)
                    .map(e -> ends[2 * e + 1])
                    .toArray();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shape that && nodes == that.nodes && Arrays.equals(ends, that.ends);
        }

        @Override
        public int hashCode() {
            return 31 * nodes + Arrays.hashCode(ends);
        }

        @Override
        public String toString() {
            return nodes + " nodes, edges " + Arrays.toString(ends);
        }
    }
}
