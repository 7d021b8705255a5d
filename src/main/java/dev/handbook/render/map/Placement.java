package dev.handbook.render.map;

/**
 * Where a laid-out map puts its boxes and how its edges run, in whole SVG user units: every box
 * has the same size ({@link #NODE_WIDTH} by {@link #NODE_HEIGHT}), its top-left corner at (x, y).
 */
interface Placement {

    int NODE_WIDTH = 200;
    int NODE_HEIGHT = 72;

    /** 0 for the top row of boxes, counting down. */
    int layer(int node);

    int x(int node);

    int y(int node);

    int width();

    int height();

    /** The SVG path data of an edge, from its source's box to its target's. */
    String path(int edge);

    /** True for an edge drawn against the flow: its target sits in a row above or beside its source. */
    boolean runsUpward(int edge);
}
