package dev.handbook.render.map;

import dev.handbook.text.Labels;
import dev.handbook.text.Xml;

import static dev.handbook.render.map.Layout.NODE_HEIGHT;
import static dev.handbook.render.map.Layout.NODE_WIDTH;

/**
 * Draws a laid-out map as inline SVG: edges first, so boxes sit on top of them, then one box per
 * node. Presentation attributes give a readable map without any stylesheet; CSS rules on the
 * classes ({@code map-box} plus the node's own class on each box, {@code map-edge},
 * {@code map-edge-cycle}) override them.
 * The root gets no role="img": that would hide the links inside from assistive technology.
 */
final class MapSvg {

    static final String ARROW_ID = "handbook-map-arrow";
    private static final int LABEL_MAX_CHARS = 20;
    // A cubic curve bulges three quarters of its control offset: 27 units, inside the 30-unit column gap.
    private static final int LOOP_BEND = 36;

    private final MapGraph graph;
    private final Layout layout;
    private final String hrefPrefix;
    private final StringBuilder svg = new StringBuilder();

    private MapSvg(MapGraph graph, Layout layout, String hrefPrefix) {
        this.graph = graph;
        this.layout = layout;
        this.hrefPrefix = hrefPrefix;
    }

    /** @param hrefPrefix put before every node's href, e.g. "../" on a page one folder down from the hrefs' base */
    static String render(String title, MapGraph graph, Layout layout, String hrefPrefix) {
        MapSvg writer = new MapSvg(graph, layout, hrefPrefix);
        writer.open(title);
        writer.svg.append("<g class=\"map-edges\">");
        for (int edge = 0; edge < graph.edges().size(); edge++) {
            writer.edge(edge);
        }
        writer.svg.append("</g><g class=\"map-nodes\">");
        for (int node = 0; node < graph.size(); node++) {
            writer.node(node);
        }
        return writer.svg.append("</g></svg>").toString();
    }

    private void open(String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"interface-map\" viewBox=\"0 0 ")
                .append(layout.width()).append(' ').append(layout.height()).append("\" width=\"").append(layout.width())
                .append("\" height=\"").append(layout.height()).append("\">")
                .append("<title>").append(Xml.escape(title)).append("</title>")
                .append("<defs><marker id=\"").append(ARROW_ID).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#666\"/></marker></defs>");
    }

    private void edge(int edge) {
        int from = graph.from(edge);
        int to = graph.to(edge);
        boolean nextLayerDown = layout.layer(to) == layout.layer(from) + 1;
        String cssClass = layout.runsUpward(from, to) ? "map-edge map-edge-cycle" : "map-edge";
        svg.append("<path class=\"").append(cssClass).append("\" d=\"")
                .append(nextLayerDown ? downwardCurve(from, to) : sideLoop(from, to))
                .append("\" fill=\"none\" stroke=\"#666\" marker-end=\"url(#").append(ARROW_ID).append(")\">")
                .append("<title>").append(Xml.escape(edgeTitle(graph.edges().get(edge), from, to))).append("</title></path>");
    }

    /** From the bottom middle of one box to the top middle of a box in the next layer. */
    private String downwardCurve(int from, int to) {
        int startX = layout.x(from) + NODE_WIDTH / 2;
        int startY = layout.y(from) + NODE_HEIGHT;
        int endX = layout.x(to) + NODE_WIDTH / 2;
        int endY = layout.y(to);
        int middleY = (startY + endY) / 2;
        return "M" + startX + "," + startY + " C" + startX + "," + middleY + " " + endX + "," + middleY
                + " " + endX + "," + endY;
    }

    // Edges that skip layers or close a cycle would run hidden behind the boxes in between and
    // read as a chain; they loop round the right-hand sides instead, inside the gap between columns.
    private String sideLoop(int from, int to) {
        int startX = layout.x(from) + NODE_WIDTH;
        int startY = layout.y(from) + NODE_HEIGHT / 2;
        int endX = layout.x(to) + NODE_WIDTH;
        int endY = layout.y(to) + NODE_HEIGHT / 2;
        return "M" + startX + "," + startY + " C" + (startX + LOOP_BEND) + "," + startY + " "
                + (endX + LOOP_BEND) + "," + endY + " " + endX + "," + endY;
    }

    private String edgeTitle(MapEdge edge, int from, int to) {
        String uses = graph.node(from).label() + " uses " + graph.node(to).label();
        return edge.label().isEmpty() ? uses : uses + ": " + edge.label();
    }

    private void node(int index) {
        MapNode node = graph.node(index);
        boolean linked = !node.href().isEmpty();
        svg.append("<g class=\"map-node\">");
        if (linked) {
            svg.append("<a href=\"").append(Xml.escape(hrefPrefix + node.href())).append("\">");
        }
        svg.append("<title>").append(Xml.escape(node.label())).append("</title>");
        box(index, node);
        svg.append(linked ? "</a></g>" : "</g>");
    }

    private void box(int index, MapNode node) {
        int x = layout.x(index);
        int y = layout.y(index);
        svg.append("<rect class=\"").append(Xml.escape(("map-box " + node.cssClass()).strip())).append('"')
                .append(" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(NODE_WIDTH)
                .append("\" height=\"").append(NODE_HEIGHT).append("\" rx=\"6\" fill=\"#fff\" stroke=\"#333\"/>")
                .append("<text x=\"").append(x + NODE_WIDTH / 2).append("\" y=\"").append(y + NODE_HEIGHT / 2)
                .append("\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"13\">")
                .append(Xml.escape(truncated(node.label()))).append("</text>");
    }

    private static String truncated(String label) {
        return Labels.truncate(label, LABEL_MAX_CHARS);
    }
}
