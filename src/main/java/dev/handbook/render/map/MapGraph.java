package dev.handbook.render.map;

import dev.handbook.parse.SafeUrls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The map's content cleaned up and indexed by position: nodes sorted by id, edges sorted by their
 * ends. Everything downstream depends only on this form, never on the order of the input lists.
 */
final class MapGraph {

    // Decides between nodes sharing an id the same way whatever order they came in.
    private static final Comparator<MapNode> NODE_ORDER = Comparator.comparing(MapNode::id)
            .thenComparing(MapNode::label)
            .thenComparing(MapNode::cssClass)
            .thenComparing(MapNode::href)
            .thenComparing(MapNode::caption);
    private static final Comparator<MapEdge> EDGE_ORDER =
            Comparator.comparing(MapEdge::from).thenComparing(MapEdge::to).thenComparing(MapEdge::label);

    private final List<MapNode> nodes;
    private final List<MapEdge> edges;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final Adjacency outgoing;
    private final Adjacency neighbours;

    /** Keeps one node per id and hrefs with a safe scheme; drops dangling edges and self-loops; merges duplicate edges. */
    static MapGraph of(List<MapNode> nodes, List<MapEdge> edges) {
        List<MapNode> distinct = distinctById(nodes);
        Set<String> ids = distinct.stream().map(MapNode::id).collect(Collectors.toSet());
        List<MapEdge> drawable = edges.stream()
                .filter(e -> !e.from().equals(e.to()) && ids.contains(e.from()) && ids.contains(e.to()))
                .sorted(EDGE_ORDER)
                .toList();
        return new MapGraph(distinct, merged(drawable));
    }

    /** Takes nodes and edges already in clean form, as {@link #of} leaves them. */
    private MapGraph(List<MapNode> nodes, List<MapEdge> edges) {
        this.nodes = nodes;
        for (int i = 0; i < nodes.size(); i++) {
            indexById.put(nodes.get(i).id(), i);
        }
        this.edges = edges;
        edgeFrom = this.edges.stream().mapToInt(e -> indexById.get(e.from())).toArray();
        edgeTo = this.edges.stream().mapToInt(e -> indexById.get(e.to())).toArray();
        outgoing = Adjacency.of(
                size(), edgeFrom, IntStream.range(0, edgeFrom.length).toArray());
        neighbours = Adjacency.of(size(), concat(edgeFrom, edgeTo), concat(edgeTo, edgeFrom));
    }

    int size() {
        return nodes.size();
    }

    List<MapNode> nodes() {
        return nodes;
    }

    List<MapEdge> edges() {
        return edges;
    }

    MapNode node(int index) {
        return nodes.get(index);
    }

    /** The node's index, or -1 when the map has no such node. */
    int indexOf(String id) {
        return indexById.getOrDefault(id, -1);
    }

    int from(int edge) {
        return edgeFrom[edge];
    }

    int to(int edge) {
        return edgeTo[edge];
    }

    /** Edge indices leaving a node, in the order of their target ids. */
    Adjacency outgoing() {
        return outgoing;
    }

    /** Node indices adjacent to a node along an edge in either direction. */
    Adjacency neighbours() {
        return neighbours;
    }

    /** The nodes at the given indices (ascending) and the edges between them. */
    MapGraph induced(int[] members) {
        List<MapNode> keptNodes = new ArrayList<>(members.length);
        List<MapEdge> keptEdges = new ArrayList<>();
        for (int member : members) {
            keptNodes.add(nodes.get(member));
            for (int p = outgoing.start(member); p < outgoing.end(member); p++) {
                int edge = outgoing.at(p);
                if (Arrays.binarySearch(members, edgeTo[edge]) >= 0) {
                    keptEdges.add(edges.get(edge));
                }
            }
        }
        // A part of a clean graph, taken in index order, is clean and sorted already.
        return new MapGraph(List.copyOf(keptNodes), List.copyOf(keptEdges));
    }

    private static List<MapNode> distinctById(List<MapNode> nodes) {
        List<MapNode> sorted = nodes.stream()
                .map(n -> new MapNode(n.id(), n.label(), n.cssClass(), SafeUrls.filter(n.href()), n.caption()))
                .sorted(NODE_ORDER)
                .toList();
        List<MapNode> distinct = new ArrayList<>(sorted.size());
        for (MapNode node : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).id().equals(node.id())) {
                distinct.add(node);
            }
        }
        return List.copyOf(distinct);
    }

    /** One edge per (from, to), carrying every distinct label of its duplicates; input sorted by EDGE_ORDER. */
    private static List<MapEdge> merged(List<MapEdge> sorted) {
        List<MapEdge> merged = new ArrayList<>(sorted.size());
        int runStart = 0;
        while (runStart < sorted.size()) {
            MapEdge first = sorted.get(runStart);
            List<String> labels = new ArrayList<>();
            int next = runStart;
            for (; next < sorted.size() && sameEnds(first, sorted.get(next)); next++) {
                String label = sorted.get(next).label();
                if (!label.isEmpty()
                        && (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label))) {
                    labels.add(label);
                }
            }
            merged.add(new MapEdge(first.from(), first.to(), String.join("; ", labels)));
            runStart = next;
        }
        return List.copyOf(merged);
    }

    private static boolean sameEnds(MapEdge a, MapEdge b) {
        return a.from().equals(b.from()) && a.to().equals(b.to());
    }

    private static int[] concat(int[] first, int[] second) {
        int[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
