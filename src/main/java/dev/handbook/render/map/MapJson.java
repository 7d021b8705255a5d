package dev.handbook.render.map;

import dev.handbook.text.Json;

/**
 * Writes the map and its layout as one line of JSON. Besides what JSON requires, it escapes
 * {@code < > &} and U+2028/U+2029, so the text is safe inside an HTML script element too.
 */
final class MapJson {

    private MapJson() {}

    static String render(MapGraph graph, Placement layout) {
        StringBuilder json = new StringBuilder("{\"nodes\":[");
        for (int index = 0; index < graph.size(); index++) {
            MapNode node = graph.node(index);
            json.append(index == 0 ? "{" : ",{")
                    .append("\"id\":")
                    .append(quote(node.id()))
                    .append(",\"label\":")
                    .append(quote(node.label()))
                    .append(",\"class\":")
                    .append(quote(node.cssClass()))
                    .append(",\"href\":")
                    .append(quote(node.href()))
                    .append(",\"x\":")
                    .append(layout.x(index))
                    .append(",\"y\":")
                    .append(layout.y(index))
                    .append('}');
        }
        json.append("],\"edges\":[");
        for (int index = 0; index < graph.edges().size(); index++) {
            MapEdge edge = graph.edges().get(index);
            json.append(index == 0 ? "{" : ",{")
                    .append("\"from\":")
                    .append(quote(edge.from()))
                    .append(",\"to\":")
                    .append(quote(edge.to()))
                    .append(",\"label\":")
                    .append(quote(edge.label()))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    static String quote(String text) {
        return Json.quote(text);
    }
}
