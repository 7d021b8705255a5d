package dev.handbook.render.map;

/**
 * The grid layout for maps too big for {@link ElkLayout} (never drawn on the site, but their
 * JSON carries coordinates): layers top to bottom at a fixed step, nodes in a layer left to right
 * at a fixed step, each layer centred on the widest one; linear in the size of the graph.
 * An edge to the next layer down is a curve from bottom to top; one that skips layers or closes a
 * cycle loops round the right-hand sides, inside the gap between columns.
 */
final class Layout implements Placement {

    static final int COLUMN_STEP = NODE_WIDTH + 30;
    static final int ROW_STEP = NODE_HEIGHT + 60;
    // A cubic curve bulges three quarters of its control offset: 27 units, inside the 30-unit column gap.
    private static final int LOOP_BEND = 36;
    static final int MARGIN = 20;
    /** Extra room on the right for edges that loop round the side of the rightmost boxes. */
    static final int LOOP_ROOM = 30;

    private final MapGraph graph;
    private final int[] layer;
    private final int[] x;
    private final int[] y;
    private final int width;
    private final int height;

    private Layout(MapGraph graph, int[] layer, int[][] rows) {
        this.graph = graph;
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
        return new Layout(graph, layer, BarycenterOrder.of(graph, layer));
    }

    private void place(int[] row, int rowIndex, int widest) {
        // COLUMN_STEP is even, so centring a shorter row never needs a half unit.
        int indent = MARGIN + (widest - row.length) * COLUMN_STEP / 2;
        for (int position = 0; position < row.length; position++) {
            x[row[position]] = indent + position * COLUMN_STEP;
            y[row[position]] = MARGIN + rowIndex * ROW_STEP;
        }
    }

    @Override
    public int layer(int node) {
        return layer[node];
    }

    @Override
    public int x(int node) {
        return x[node];
    }

    @Override
    public int y(int node) {
        return y[node];
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public boolean runsUpward(int edge) {
        return layer[graph.to(edge)] <= layer[graph.from(edge)];
    }

    @Override
    public String path(int edge) {
        int from = graph.from(edge);
        int to = graph.to(edge);
        return layer[to] == layer[from] + 1 ? downwardCurve(from, to) : sideLoop(from, to);
    }

    /** From the bottom middle of one box to the top middle of a box in the next layer. */
    private String downwardCurve(int from, int to) {
        int startX = x[from] + NODE_WIDTH / 2;
        int startY = y[from] + NODE_HEIGHT;
        int endX = x[to] + NODE_WIDTH / 2;
        int endY = y[to];
        int middleY = (startY + endY) / 2;
        return "M" + startX + "," + startY + " C" + startX + "," + middleY + " " + endX + "," + middleY + " " + endX
                + "," + endY;
    }

    private String sideLoop(int from, int to) {
        int startX = x[from] + NODE_WIDTH;
        int startY = y[from] + NODE_HEIGHT / 2;
        int endX = x[to] + NODE_WIDTH;
        int endY = y[to] + NODE_HEIGHT / 2;
        return "M" + startX + "," + startY + " C" + (startX + LOOP_BEND) + "," + startY + " " + (endX + LOOP_BEND) + ","
                + endY + " " + endX + "," + endY;
    }
}
