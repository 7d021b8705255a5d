package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import dev.handbook.render.map.InterfaceMap;
import dev.handbook.render.map.MapEdge;
import dev.handbook.render.map.MapNode;
import dev.handbook.render.view.MapView.MapEdgeRow;
import dev.handbook.text.UrlPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The interface map in its readable portions: the whole handbook while it is small, a product's
 * neighbourhood on its page, an owner's products on the owner's page. The graph is built once,
 * linking site-relative; a drawing on a page deeper in the site puts the way up before its links.
 */
final class MapViews {

    /** Larger drawings stop being readable; big handbooks get per-owner and per-product maps instead. */
    static final int MAX_DRAWN = 150;

    private final Handbook handbook;
    private InterfaceMap graph;

    MapViews(Handbook handbook) {
        this.handbook = handbook;
    }

    /** The whole map for map.html, or "" when there are too many products to draw. */
    String whole() {
        return handbook.products().size() <= MAX_DRAWN ? siteGraph().svg("Interface map of every product") : "";
    }

    String neighbourhood(Product product, String from) {
        InterfaceMap near = siteGraph().neighbourhood(product.slug(), 1);
        return near.nodes().size() < 2 || near.nodes().size() > MAX_DRAWN
                ? ""
                : near.svg("Products next to " + product.title(), AddressBook.rootOf(from));
    }

    String owner(String owner, List<Product> owned, String from) {
        if (owned.isEmpty() || owned.size() > MAX_DRAWN) {
            return "";
        }
        Set<String> ids = owned.stream().map(Product::slug).collect(Collectors.toSet());
        return siteGraph().subset(ids).svg("Products of " + owner, AddressBook.rootOf(from));
    }

    /**
     * The whole map's edges as rows for a table beside the drawing (from, to, kind, and both
     * pages' links from {@code from}), or none when the map is too big to be drawn.
     */
    List<MapEdgeRow> edgeRows(String from) {
        if (handbook.products().size() > MAX_DRAWN) {
            return List.of();
        }
        InterfaceMap map = siteGraph();
        Map<String, MapNode> byId = new HashMap<>();
        map.nodes().forEach(node -> byId.put(node.id(), node));
        String up = AddressBook.rootOf(from);
        List<MapEdgeRow> rows = new ArrayList<>();
        for (MapEdge edge : map.edges()) {
            MapNode user = byId.get(edge.from());
            MapNode used = byId.get(edge.to());
            rows.add(new MapEdgeRow(user.label(), up + user.href(), used.label(), up + used.href(), edge.label()));
        }
        return rows;
    }

    private static String caption(Product product) {
        return product.maturity() == null ? "no maturity" : "maturity: " + product.maturity();
    }

    /** The full graph with site-relative links, for map.dot and map.json; built by whoever asks first. */
    synchronized InterfaceMap siteGraph() {
        if (graph == null) {
            graph = build();
        }
        return graph;
    }

    private InterfaceMap build() {
        List<MapNode> nodes = new ArrayList<>();
        List<MapEdge> edges = new ArrayList<>();
        for (Product product : handbook.products()) {
            String css = product.maturity() == null ? "maturity-none" : "maturity-" + product.maturity();
            nodes.add(new MapNode(
                    product.slug(),
                    product.title(),
                    css,
                    UrlPath.encode(product.page().outputPath()),
                    caption(product)));
            for (InterfaceRef ref : product.interfaces()) {
                if (ref.isProduct()) {
                    edges.add(new MapEdge(product.slug(), ref.productSlug(), ref.kind() == null ? "" : ref.kind()));
                }
            }
        }
        return new InterfaceMap(nodes, edges);
    }
}
