package dev.handbook.render.map;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A graph's nodes renumbered by (outgoing edges, incoming edges, index) and its edges by their
 * renumbered ends: the {@link LayoutCache.Shape} of the graph, and the way back from a layout of
 * that shape to the graph's own node and edge indices.
 */
final class Renumbering {

    private final int[] nodeRank;
    private final int[] edgeRank;
    private final LayoutCache.Shape shape;

    private Renumbering(int[] nodeRank, int[] edgeRank, LayoutCache.Shape shape) {
        this.nodeRank = nodeRank;
        this.edgeRank = edgeRank;
        this.shape = shape;
    }

    static Renumbering of(MapGraph graph) {
        int n = graph.size();
        int edges = graph.edges().size();
        int[] out = new int[n];
        int[] in = new int[n];
        for (int e = 0; e < edges; e++) {
            out[graph.from(e)]++;
            in[graph.to(e)]++;
        }
        Integer[] byRank = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(
                byRank,
                Comparator.<Integer>comparingInt(v -> -out[v])
                        .thenComparingInt(v -> -in[v])
                        .thenComparingInt(v -> v));
        int[] nodeRank = new int[n];
        for (int rank = 0; rank < n; rank++) {
            nodeRank[byRank[rank]] = rank;
        }
        Integer[] edgeOrder = IntStream.range(0, edges).boxed().toArray(Integer[]::new);
        Arrays.sort(
                edgeOrder,
                Comparator.<Integer>comparingInt(e -> nodeRank[graph.from(e)])
                        .thenComparingInt(e -> nodeRank[graph.to(e)]));
        int[] edgeRank = new int[edges];
        int[] ends = new int[2 * edges];
        for (int rank = 0; rank < edges; rank++) {
            int e = edgeOrder[rank];
            edgeRank[e] = rank;
            ends[2 * rank] = nodeRank[graph.from(e)];
            ends[2 * rank + 1] = nodeRank[graph.to(e)];
        }
        return new Renumbering(nodeRank, edgeRank, new LayoutCache.Shape(n, ends));
    }

    LayoutCache.Shape shape() {
        return shape;
    }

    /** The layout of the shape, read with the graph's own indices. */
    Placement applyTo(Placement laid) {
        return new Placement() {
            @Override
            public int layer(int node) {
                return laid.layer(nodeRank[node]);
            }

            @Override
            public int x(int node) {
                return laid.x(nodeRank[node]);
            }

            @Override
            public int y(int node) {
                return laid.y(nodeRank[node]);
            }

            @Override
            public int width() {
                return laid.width();
            }

            @Override
            public int height() {
                return laid.height();
            }

            @Override
            public String path(int edge) {
                return laid.path(edgeRank[edge]);
            }

            @Override
            public boolean runsUpward(int edge) {
                return laid.runsUpward(edgeRank[edge]);
            }
        };
    }
}
