package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import dev.handbook.render.map.InterfaceMap;
import dev.handbook.render.map.MapEdge;
import dev.handbook.render.map.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The interface map in its readable portions: the whole handbook while it is small, a product's
 * neighbourhood on its page, an owner's products on the owner's page. Links in a drawing are
 * relative to the page that shows it, so one graph is kept per distance from the site root.
 */
final class MapViews {

    /** Larger drawings stop being readable; big handbooks get per-owner and per-product maps instead. */
    static final int MAX_DRAWN = 150;

    private final Handbook handbook;
    private final Map<String, InterfaceMap> byRoot = new ConcurrentHashMap<>();

    MapViews(Handbook handbook) {
        this.handbook = handbook;
    }

    /** The whole map for map.html, or "" when there are too many products to draw. */
    String whole() {
        return handbook.products().size() <= MAX_DRAWN ? graph("").svg("Interface map of every product") : "";
    }

    String neighbourhood(Product product, String from) {
        InterfaceMap near = graph(AddressBook.rootOf(from)).neighbourhood(product.slug(), 1);
        return near.nodes().size() < 2 || near.nodes().size() > MAX_DRAWN ? ""
                : near.svg("Products next to " + product.title());
    }

    String owner(String owner, List<Product> owned, String from) {
        if (owned.isEmpty() || owned.size() > MAX_DRAWN) {
            return "";
        }
        Set<String> ids = owned.stream().map(Product::slug).collect(Collectors.toSet());
        return graph(AddressBook.rootOf(from)).subset(ids).svg("Products of " + owner);
    }

    /** The full graph with site-relative links, for map.dot and map.json. */
    InterfaceMap siteGraph() {
        return graph("");
    }

    private InterfaceMap graph(String root) {
        return byRoot.computeIfAbsent(root, this::build);
    }

    private InterfaceMap build(String root) {
        List<MapNode> nodes = new ArrayList<>();
        List<MapEdge> edges = new ArrayList<>();
        for (Product product : handbook.products()) {
            String css = product.maturity() == null ? "maturity-none" : "maturity-" + product.maturity();
            nodes.add(new MapNode(product.slug(), product.title(), css, root + product.page().outputPath()));
            for (InterfaceRef ref : product.interfaces()) {
                if (ref.isProduct()) {
                    edges.add(new MapEdge(product.slug(), ref.productSlug(), ref.kind() == null ? "" : ref.kind()));
                }
            }
        }
        return new InterfaceMap(nodes, edges);
    }
}
