package dev.handbook.render.map;

import dev.handbook.text.Labels;

/** Writes the map as Graphviz DOT, for anyone who wants to lay it out with dot themselves. */
final class MapDot {

    /**
     * Graphviz refuses a quoted string above 16,384 bytes ("syntax error ... longer than
     * 16384?"), and a title or a list of interface kinds can be longer: labels are cut to this
     * many characters (at most four bytes each, escapes included), the last one an ellipsis.
     */
    static final int LABEL_MAX_CHARS = 1000;

    private MapDot() {}

    static String render(MapGraph graph) {
        StringBuilder dot = new StringBuilder("digraph handbook {\n  node [shape=box, style=rounded];\n");
        for (MapNode node : graph.nodes()) {
            dot.append("  ").append(quote(node.id())).append(" [label=").append(label(node.label()));
            if (!node.cssClass().isEmpty()) {
                dot.append(", class=").append(quote(node.cssClass()));
            }
            if (!node.href().isEmpty()) {
                dot.append(", URL=").append(quote(node.href()));
            }
            dot.append("];\n");
        }
        for (MapEdge edge : graph.edges()) {
            dot.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
            if (!edge.label().isEmpty()) {
                dot.append(" [label=").append(label(edge.label())).append(']');
            }
            dot.append(";\n");
        }
        return dot.append("}\n").toString();
    }

    private static String label(String text) {
        return quote(Labels.truncate(text, LABEL_MAX_CHARS));
    }

    /** A DOT quoted string: quotes and backslashes escaped, line breaks as \n, other control characters dropped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        out.append(c);
                    }
                }
            }
        }
        // Some Graphviz versions (2.36, 2.38) read a closing \\" as an escaped quote; a trailing space keeps it closed.
        if (out.length() > 1 && out.charAt(out.length() - 1) == '\\') {
            out.append(' ');
        }
        return out.append('"').toString();
    }
}
