package dev.handbook.render.map;

import java.util.Arrays;
import java.util.List;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The Eclipse Layout Kernel's layered algorithm (top to bottom, orthogonal edge routing around
 * the boxes) run on a map's shape: node count and edges by index. Labels play no part, since every
 * box has the same size, so one layout serves every map of the same shape ({@link LayoutCache}).
 * ELK's own seed is fixed, so the result depends on nothing but the shape.
 */
final class ElkLayout implements Placement {

    static final double NODE_SPACING = 30;
    static final double LAYER_SPACING = 50;
    static final double EDGE_SPACING = 12;
    static final int MARGIN = 20;

    private final int[] x;
    private final int[] y;
    private final int[] layer;
    private final String[] paths;
    private final boolean[] upward;
    private final int width;
    private final int height;

    private ElkLayout(int nodes, int edges, int width, int height) {
        x = new int[nodes];
        y = new int[nodes];
        layer = new int[nodes];
        paths = new String[edges];
        upward = new boolean[edges];
        this.width = width;
        this.height = height;
    }

    /** Lays out {@code nodes} boxes joined by edges from[i] to to[i]. */
    static ElkLayout of(int nodes, int[] from, int[] to) {
        ElkNode root = graph();
        ElkNode[] boxes = new ElkNode[nodes];
        for (int i = 0; i < nodes; i++) {
            boxes[i] = ElkGraphUtil.createNode(root);
            boxes[i].setDimensions(NODE_WIDTH, NODE_HEIGHT);
        }
        ElkEdge[] arrows = new ElkEdge[from.length];
        for (int e = 0; e < from.length; e++) {
            arrows[e] = ElkGraphUtil.createSimpleEdge(boxes[from[e]], boxes[to[e]]);
        }
        if (nodes == 0) {
            return new ElkLayout(0, 0, 2 * MARGIN, 2 * MARGIN);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        ElkLayout layout =
                new ElkLayout(nodes, from.length, (int) Math.ceil(root.getWidth()), (int) Math.ceil(root.getHeight()));
        layout.read(boxes, arrows, from, to);
        return layout;
    }

    private static ElkNode graph() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, EDGE_SPACING);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, EDGE_SPACING);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, EDGE_SPACING);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        return root;
    }

    private void read(ElkNode[] boxes, ElkEdge[] arrows, int[] from, int[] to) {
        for (int i = 0; i < boxes.length; i++) {
            x[i] = (int) Math.round(boxes[i].getX());
            y[i] = (int) Math.round(boxes[i].getY());
        }
        int[] rows = Arrays.stream(y).distinct().sorted().toArray();
        for (int i = 0; i < boxes.length; i++) {
            layer[i] = Arrays.binarySearch(rows, y[i]);
        }
        for (int e = 0; e < arrows.length; e++) {
            paths[e] = pathOf(arrows[e]);
            upward[e] = y[to[e]] <= y[from[e]];
        }
    }

    private static String pathOf(ElkEdge edge) {
        StringBuilder d = new StringBuilder();
        List<ElkEdgeSection> sections = edge.getSections();
        for (ElkEdgeSection section : sections) {
            point(d.append(d.length() == 0 ? "M" : " L"), section.getStartX(), section.getStartY());
            for (ElkBendPoint bend : section.getBendPoints()) {
                point(d.append(" L"), bend.getX(), bend.getY());
            }
            point(d.append(" L"), section.getEndX(), section.getEndY());
        }
        return d.toString();
    }

    private static void point(StringBuilder d, double px, double py) {
        d.append(Math.round(px)).append(',').append(Math.round(py));
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
    public String path(int edge) {
        return paths[edge];
    }

    @Override
    public boolean runsUpward(int edge) {
        return upward[edge];
    }
}
