package dev.handbook.render.map;

import static dev.handbook.render.map.Placement.NODE_HEIGHT;
import static dev.handbook.render.map.Placement.NODE_WIDTH;

import dev.handbook.text.Xml;
import java.util.List;

/**
 * Draws a laid-out map as inline SVG: edges first, then one box per node holding its label,
 * wrapped, and its caption (the maturity, so it is never told by colour alone). Each node's group
 * also holds a hidden copy of the edges at its ends, which the stylesheet shows while the node is
 * hovered or has keyboard focus. Presentation attributes give a readable map without any
 * stylesheet; CSS rules on the classes ({@code map-box}, {@code map-stripe} plus the node's own
 * class, {@code map-edge}, {@code map-edge-cycle}, {@code map-focus}) override them.
 * The root gets no role="img": that would hide the links inside from assistive technology.
 */
final class MapSvg {

    static final String ARROW_ID = "handbook-map-arrow";
    static final String FOCUS_ARROW_ID = "handbook-map-arrow-focus";
    static final int STRIPE_WIDTH = 8;
    private static final int LINE_HEIGHT = 16;
    private static final int CAPTION_HEIGHT = 15;

    private final MapGraph graph;
    private final Placement layout;
    private final String hrefPrefix;
    private final Adjacency incident;
    private final StringBuilder svg = new StringBuilder();

    private MapSvg(MapGraph graph, Placement layout, String hrefPrefix) {
        this.graph = graph;
        this.layout = layout;
        this.hrefPrefix = hrefPrefix;
        int edges = graph.edges().size();
        int[] ends = new int[2 * edges];
        int[] ids = new int[2 * edges];
        for (int e = 0; e < edges; e++) {
            ends[e] = graph.from(e);
            ends[edges + e] = graph.to(e);
            ids[e] = e;
            ids[edges + e] = e;
        }
        this.incident = Adjacency.of(graph.size(), ends, ids);
    }

    /** @param hrefPrefix put before every node's href, e.g. "../" on a page one folder down from the hrefs' base */
    static String render(String title, MapGraph graph, Placement layout, String hrefPrefix) {
        MapSvg writer = new MapSvg(graph, layout, hrefPrefix);
        writer.open(title);
        writer.svg.append("<g class=\"map-edges\">");
        for (int edge = 0; edge < graph.edges().size(); edge++) {
            writer.edge(edge, "map-edge", "#666", 1, ARROW_ID, true);
        }
        writer.svg.append("</g><g class=\"map-nodes\">");
        for (int node = 0; node < graph.size(); node++) {
            writer.node(node);
        }
        return writer.svg.append("</g></svg>").toString();
    }

    private void open(String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"interface-map\" viewBox=\"0 0 ")
                .append(layout.width())
                .append(' ')
                .append(layout.height())
                .append("\" width=\"")
                .append(layout.width())
                .append("\" height=\"")
                .append(layout.height())
                .append("\">")
                .append("<title>")
                .append(Xml.escape(title))
                .append("</title><defs>");
        marker(ARROW_ID, "#666");
        marker(FOCUS_ARROW_ID, "#0b5cad");
        svg.append("</defs>");
    }

    private void marker(String id, String colour) {
        svg.append("<marker id=\"")
                .append(id)
                .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(colour)
                .append("\"/></marker>");
    }

    private void edge(int edge, String cssClass, String colour, int strokeWidth, String arrow, boolean titled) {
        String classes = titled && layout.runsUpward(edge) ? cssClass + " map-edge-cycle" : cssClass;
        svg.append("<path class=\"")
                .append(classes)
                .append("\" d=\"")
                .append(layout.path(edge))
                .append("\" fill=\"none\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"")
                .append(strokeWidth)
                .append("\" marker-end=\"url(#")
                .append(arrow)
                .append(")\"");
        if (titled) {
            svg.append("><title>").append(Xml.escape(edgeTitle(edge))).append("</title></path>");
        } else {
            svg.append("/>");
        }
    }

    private String edgeTitle(int edge) {
        MapEdge drawn = graph.edges().get(edge);
        String uses = graph.node(graph.from(edge)).label() + " uses "
                + graph.node(graph.to(edge)).label();
        return drawn.label().isEmpty() ? uses : uses + ": " + drawn.label();
    }

    private void node(int index) {
        MapNode node = graph.node(index);
        boolean linked = !node.href().isEmpty();
        svg.append("<g class=\"map-node\">");
        if (linked) {
            svg.append("<a href=\"")
                    .append(Xml.escape(hrefPrefix + node.href()))
                    .append("\">");
        }
        String name = node.caption().isEmpty() ? node.label() : node.label() + ", " + node.caption();
        svg.append("<title>").append(Xml.escape(name)).append("</title>");
        box(index, node);
        svg.append(linked ? "</a>" : "");
        focusCopies(index);
        svg.append("</g>");
    }

    private void box(int index, MapNode node) {
        int x = layout.x(index);
        int y = layout.y(index);
        svg.append("<rect class=\"map-box\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(NODE_WIDTH)
                .append("\" height=\"")
                .append(NODE_HEIGHT)
                .append("\" rx=\"6\" fill=\"#fff\" stroke=\"#333\"/>");
        svg.append("<rect class=\"")
                .append(Xml.escape(("map-stripe " + node.cssClass()).strip()))
                .append("\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(STRIPE_WIDTH)
                .append("\" height=\"")
                .append(NODE_HEIGHT)
                .append("\" fill=\"#666\"/>");
        text(x, y, node);
    }

    private void text(int x, int y, MapNode node) {
        List<String> lines = LabelLines.of(node.label());
        int block = lines.size() * LINE_HEIGHT + (node.caption().isEmpty() ? 0 : CAPTION_HEIGHT);
        int centre = x + STRIPE_WIDTH + (NODE_WIDTH - STRIPE_WIDTH) / 2;
        int baseline = y + (NODE_HEIGHT - block) / 2 + 12;
        svg.append("<text class=\"map-label\" x=\"")
                .append(centre)
                .append("\" y=\"")
                .append(baseline)
                .append("\" text-anchor=\"middle\" font-size=\"13\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"")
                    .append(centre)
                    .append("\" y=\"")
                    .append(baseline + i * LINE_HEIGHT)
                    .append("\">")
                    .append(Xml.escape(lines.get(i)))
                    .append("</tspan>");
        }
        if (!node.caption().isEmpty()) {
            svg.append("<tspan class=\"map-caption\" x=\"")
                    .append(centre)
                    .append("\" y=\"")
                    .append(baseline + lines.size() * LINE_HEIGHT - 1)
                    .append("\" font-size=\"11\">")
                    .append(Xml.escape(node.caption()))
                    .append("</tspan>");
        }
        svg.append("</text>");
    }

    /** The edges at either end of the node, drawn again on top, shown only while the node has hover or focus. */
    private void focusCopies(int index) {
        svg.append("<g class=\"map-focus\" visibility=\"hidden\" aria-hidden=\"true\">");
        for (int p = incident.start(index); p < incident.end(index); p++) {
            edge(incident.at(p), "map-edge-focus", "#0b5cad", 3, FOCUS_ARROW_ID, false);
        }
        svg.append("</g>");
    }
}
