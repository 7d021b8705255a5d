package dev.handbook.render.map;

/**
 * Where each node's box goes: layers top to bottom at a fixed step, nodes in a layer left to right
 * at a fixed step, each layer centred on the widest one. All coordinates are whole SVG user units.
 */
final class Layout {

    static final int NODE_WIDTH = 160;
    static final int NODE_HEIGHT = 40;
    static final int COLUMN_STEP = 190;
    static final int ROW_STEP = 100;
    static final int MARGIN = 20;
    /** Extra room on the right for edges that loop round the side of the rightmost boxes. */
    static final int LOOP_ROOM = 30;

    private final int[] layer;
    private final int[] x;
    private final int[] y;
    private final int width;
    private final int height;

    private Layout(int[] layer, int[][] rows) {
        this.layer = layer;
        this.x = new int[layer.length];
        this.y = new int[layer.length];
        int widest = 0;
        for (int[] row : rows) {
            widest = Math.max(widest, row.length);
        }
        for (int l = 0; l < rows.length; l++) {
            place(rows[l], l, widest);
        }
        this.width = 2 * MARGIN + (widest == 0 ? 0 : (widest - 1) * COLUMN_STEP + NODE_WIDTH + LOOP_ROOM);
        this.height = 2 * MARGIN + (rows.length == 0 ? 0 : (rows.length - 1) * ROW_STEP + NODE_HEIGHT);
    }

    static Layout of(MapGraph graph) {
        int[] layer = Layering.longestPath(graph);
        return new Layout(layer, BarycenterOrder.of(graph, layer));
    }

    private void place(int[] row, int rowIndex, int widest) {
        // COLUMN_STEP is even, so centring a shorter row never needs a half unit.
        int indent = MARGIN + (widest - row.length) * COLUMN_STEP / 2;
        for (int position = 0; position < row.length; position++) {
            x[row[position]] = indent + position * COLUMN_STEP;
            y[row[position]] = MARGIN + rowIndex * ROW_STEP;
        }
    }

    int layer(int node) {
        return layer[node];
    }

    int x(int node) {
        return x[node];
    }

    int y(int node) {
        return y[node];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** True for an edge that closes a cycle: the only kind whose target is not drawn below its source. */
    boolean runsUpward(int from, int to) {
        return layer[to] <= layer[from];
    }
}
