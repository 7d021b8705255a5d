package dev.handbook.render.map;

import java.util.Locale;

/**
 * Writes the map and its layout as one line of JSON. Besides what JSON requires, it escapes
 * {@code < > &} and U+2028/U+2029, so the text is safe inside an HTML script element too.
 */
final class MapJson {

    private MapJson() {
    }

    static String render(MapGraph graph, Layout layout) {
        StringBuilder json = new StringBuilder("{\"nodes\":[");
        for (int index = 0; index < graph.size(); index++) {
            MapNode node = graph.node(index);
            json.append(index == 0 ? "{" : ",{")
                    .append("\"id\":").append(quote(node.id()))
                    .append(",\"label\":").append(quote(node.label()))
                    .append(",\"class\":").append(quote(node.cssClass()))
                    .append(",\"href\":").append(quote(node.href()))
                    .append(",\"x\":").append(layout.x(index))
                    .append(",\"y\":").append(layout.y(index)).append('}');
        }
        json.append("],\"edges\":[");
        for (int index = 0; index < graph.edges().size(); index++) {
            MapEdge edge = graph.edges().get(index);
            json.append(index == 0 ? "{" : ",{")
                    .append("\"from\":").append(quote(edge.from()))
                    .append(",\"to\":").append(quote(edge.to()))
                    .append(",\"label\":").append(quote(edge.label())).append('}');
        }
        return json.append("]}").toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsUnicodeEscape(text, i)) {
                        out.append("\\u").append(String.format(Locale.ROOT, "%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // A lone surrogate cannot be encoded as UTF-8; escaped, the JSON at least stays valid.
    private static boolean needsUnicodeEscape(String text, int i) {
        char c = text.charAt(i);
        return c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029 || isLoneSurrogate(text, i);
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
