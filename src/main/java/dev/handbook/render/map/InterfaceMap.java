package dev.handbook.render.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The interface map: products as boxes, an arrow from each product to each product it uses,
 * laid out by the Eclipse Layout Kernel ({@link ElkLayout}; a map of more than
 * {@value LayoutCache#ELK_LIMIT} nodes by a linear grid layout). The layout is computed once,
 * when first drawn or written, and depends only on the content, never on the order of the input
 * lists, so every output is byte-for-byte reproducible.
 *
 * <p>Construction cleans the input: of nodes sharing an id, the first by (label, class, href) is
 * kept; an href with a scheme other than http, https, mailto or tel (javascript:, data:, ...)
 * is dropped; edges to or from unknown nodes and self-loops are ignored; edges between the same
 * two nodes are merged into one whose label joins their distinct labels with "; ".
 *
 * <p>A handbook of thousands of products draws a readable map per product or per owner through
 * {@link #neighbourhood} and {@link #subset} rather than one map of everything.
 */
public final class InterfaceMap {

    private static final String DEFAULT_TITLE = "Interface map";

    private final MapGraph graph;
    private final LayoutCache layouts;
    private Placement layout;

    public InterfaceMap(List<MapNode> nodes, List<MapEdge> edges) {
        this(MapGraph.of(List.copyOf(nodes), List.copyOf(edges)), new LayoutCache());
    }

    private InterfaceMap(MapGraph graph, LayoutCache layouts) {
        this.graph = graph;
        this.layouts = layouts;
    }

    private synchronized Placement placed() {
        if (layout == null) {
            layout = layouts.placementOf(graph);
        }
        return layout;
    }

    /** How many distinct shapes this map and the parts cut from it have been laid out in so far. */
    int shapesLaidOut() {
        return layouts.size();
    }

    /** The nodes as drawn, sorted by id. */
    public List<MapNode> nodes() {
        return graph.nodes();
    }

    /** The edges as drawn, sorted by from, then to. */
    public List<MapEdge> edges() {
        return graph.edges();
    }

    /** Every node with its layer and position, sorted by id. */
    public List<PlacedNode> layout() {
        List<PlacedNode> placed = new ArrayList<>(graph.size());
        Placement layout = placed();
        for (int index = 0; index < graph.size(); index++) {
            placed.add(new PlacedNode(graph.node(index), layout.layer(index), layout.x(index), layout.y(index)));
        }
        return List.copyOf(placed);
    }

    /** The map as inline SVG titled "Interface map". */
    public String svg() {
        return svg(DEFAULT_TITLE);
    }

    /** The map as inline SVG; the title names it for assistive technology. */
    public String svg(String title) {
        return svg(title, "");
    }

    /**
     * The map as inline SVG for a page elsewhere than where its hrefs are relative to.
     *
     * @param hrefPrefix put before every href, e.g. "../" when the hrefs are relative to the folder above
     */
    public String svg(String title, String hrefPrefix) {
        return MapSvg.render(
                Objects.requireNonNull(title, "title"),
                graph,
                placed(),
                Objects.requireNonNull(hrefPrefix, "hrefPrefix"));
    }

    /** The map as a Graphviz digraph named handbook. */
    public String dot() {
        return MapDot.render(graph);
    }

    /** The map as JSON: {"nodes":[{"id","label","class","href","x","y"}],"edges":[{"from","to","label"}]}. */
    public String json() {
        return MapJson.render(graph, placed());
    }

    /**
     * The nodes at most {@code depth} edges away from {@code id}, following edges either way, and
     * the edges between them; an empty map when there is no such node.
     */
    public InterfaceMap neighbourhood(String id, int depth) {
        Objects.requireNonNull(id, "id");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
        int start = graph.indexOf(id);
        return start < 0 ? subset(Set.of()) : new InterfaceMap(graph.induced(withinDepth(start, depth)), layouts);
    }

    /** The nodes whose ids are given and the edges between them; unknown ids are ignored. */
    public InterfaceMap subset(Set<String> ids) {
        int[] members = ids.stream()
                .mapToInt(graph::indexOf)
                .filter(index -> index >= 0)
                .sorted()
                .toArray();
        return new InterfaceMap(graph.induced(members), layouts);
    }

    /** Breadth-first search; the result is sorted, so it depends on nothing but the graph. */
    private int[] withinDepth(int start, int depth) {
        Map<Integer, Integer> distance = new HashMap<>();
        distance.put(start, 0);
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
        Adjacency neighbours = graph.neighbours();
        while (!queue.isEmpty()) {
            int node = queue.poll();
            int next = distance.get(node) + 1;
            for (int p = neighbours.start(node); next <= depth && p < neighbours.end(node); p++) {
                if (distance.putIfAbsent(neighbours.at(p), next) == null) {
                    queue.add(neighbours.at(p));
                }
            }
        }
        int[] members = distance.keySet().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(members);
        return members;
    }
}
