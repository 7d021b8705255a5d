package dev.handbook.render.map;

/**
 * Puts every node in a layer: a node sits one layer below the lowest node that uses it (longest
 * path from the nodes nobody uses). Cycles are broken first by a depth-first search that starts
 * from nodes in id order and follows edges in target id order; an edge leading back to a node
 * still on the search path closes a cycle and is ignored for layering. The search is iterative,
 * so a chain of 10,000 products cannot overflow the stack.
 */
final class Layering {

    private static final byte UNSEEN = 0;
    private static final byte ON_PATH = 1;
    private static final byte FINISHED = 2;

    private final MapGraph graph;
    private final byte[] state;
    private final int[] cursor;
    private final int[] path;
    private final boolean[] closesCycle;
    private final int[] finishOrder;
    private int pathLength;
    private int finished;

    private Layering(MapGraph graph) {
        this.graph = graph;
        state = new byte[graph.size()];
        cursor = new int[graph.size()];
        path = new int[graph.size()];
        closesCycle = new boolean[graph.edges().size()];
        finishOrder = new int[graph.size()];
    }

    /** The layer of each node, by node index; layers are numbered from 0 without gaps. */
    static int[] longestPath(MapGraph graph) {
        Layering layering = new Layering(graph);
        for (int root = 0; root < graph.size(); root++) {
            if (layering.state[root] == UNSEEN) {
                layering.search(root);
            }
        }
        return layering.layers();
    }

    private void search(int root) {
        enter(root);
        while (pathLength > 0) {
            int node = path[pathLength - 1];
            if (cursor[node] == graph.outgoing().end(node)) {
                state[node] = FINISHED;
                finishOrder[finished++] = node;
                pathLength--;
                continue;
            }
            int edge = graph.outgoing().at(cursor[node]++);
            int target = graph.to(edge);
            if (state[target] == ON_PATH) {
                closesCycle[edge] = true;
            } else if (state[target] == UNSEEN) {
                enter(target);
            }
        }
    }

    private void enter(int node) {
        state[node] = ON_PATH;
        cursor[node] = graph.outgoing().start(node);
        path[pathLength++] = node;
    }

    // Reverse finishing order is topological once the cycle-closing edges are left out.
    private int[] layers() {
        int[] layer = new int[graph.size()];
        for (int i = finished - 1; i >= 0; i--) {
            int node = finishOrder[i];
            for (int p = graph.outgoing().start(node); p < graph.outgoing().end(node); p++) {
                int edge = graph.outgoing().at(p);
                if (!closesCycle[edge]) {
                    layer[graph.to(edge)] = Math.max(layer[graph.to(edge)], layer[node] + 1);
                }
            }
        }
        return layer;
    }
}
