package dev.handbook.render.map;

import java.util.Arrays;

/**
 * Orders the nodes within each layer to cut down crossing edges: a few sweeps down and up, each
 * moving a node towards the mean position of its neighbours in the layers already placed
 * (barycenter heuristic); ties, and nodes without such neighbours, fall back to a stable order by id.
 * Positions are compared centred on each layer's middle, since the layers are drawn centred.
 */
final class BarycenterOrder {

    private static final int SWEEPS = 4;

    private final MapGraph graph;
    private final int[] layer;
    private final int[][] rows;
    private final double[] centred;

    private BarycenterOrder(MapGraph graph, int[] layer) {
        this.graph = graph;
        this.layer = layer;
        this.rows = initialRows(layer);
        this.centred = new double[graph.size()];
        for (int[] row : rows) {
            updateCentred(row);
        }
    }

    /** Node indices per layer, left to right. */
    static int[][] of(MapGraph graph, int[] layer) {
        BarycenterOrder order = new BarycenterOrder(graph, layer);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            order.sweep(sweep % 2 == 0);
        }
        return order.rows;
    }

    private static int[][] initialRows(int[] layer) {
        int layers = Arrays.stream(layer).max().orElse(-1) + 1;
        int[] sizes = new int[layers];
        Arrays.stream(layer).forEach(l -> sizes[l]++);
        int[][] rows = new int[layers][];
        for (int l = 0; l < layers; l++) {
            rows[l] = new int[sizes[l]];
        }
        int[] filled = new int[layers];
        for (int node = 0; node < layer.length; node++) {
            rows[layer[node]][filled[layer[node]]++] = node;
        }
        return rows;
    }

    private void sweep(boolean downwards) {
        if (downwards) {
            for (int l = 1; l < rows.length; l++) {
                reorder(l, true);
            }
        } else {
            for (int l = rows.length - 2; l >= 0; l--) {
                reorder(l, false);
            }
        }
    }

    private void reorder(int row, boolean downwards) {
        int[] members = rows[row];
        double[] keyByNode = new double[members.length];
        Integer[] slots = new Integer[members.length];
        for (int i = 0; i < members.length; i++) {
            keyByNode[i] = barycenter(members[i], row, downwards);
            slots[i] = i;
        }
        Arrays.sort(
                slots,
                (a, b) -> keyByNode[a] != keyByNode[b]
                        ? Double.compare(keyByNode[a], keyByNode[b])
                        : Integer.compare(members[a], members[b]));
        int[] ordered = new int[members.length];
        for (int i = 0; i < members.length; i++) {
            ordered[i] = members[slots[i]];
        }
        rows[row] = ordered;
        updateCentred(ordered);
    }

    /** Mean centred position of the neighbours above (sweeping down) or below; the node's own without any. */
    private double barycenter(int node, int row, boolean downwards) {
        Adjacency neighbours = graph.neighbours();
        double sum = 0;
        int count = 0;
        for (int p = neighbours.start(node); p < neighbours.end(node); p++) {
            int other = neighbours.at(p);
            if (downwards ? layer[other] < row : layer[other] > row) {
                sum += centred[other];
                count++;
            }
        }
        return count == 0 ? centred[node] : sum / count;
    }

    private void updateCentred(int[] row) {
        double middle = (row.length - 1) / 2.0;
        for (int position = 0; position < row.length; position++) {
            centred[row[position]] = position - middle;
        }
    }
}
