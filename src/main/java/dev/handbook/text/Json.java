package dev.handbook.text;

import java.util.Iterator;
import java.util.Map;

/**
 * JSON text from plain values (maps, lists, strings, numbers, booleans, null). Strings escape
 * {@code <}, {@code >}, {@code &} and the line separators too, so the output is safe to embed anywhere.
 */
public final class Json {

    private static final java.util.HexFormat HEX = java.util.HexFormat.of();

    private Json() {}

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** The JSON text of a value, added to what is being written. */
    public static void write(StringBuilder out, Object value) {
        append(out, value);
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendString(out, text);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (value instanceof Iterable<?> items) {
            appendList(out, items.iterator());
        } else {
            appendString(out, value.toString());
        }
    }

    /** Maps without an order of their own are written with their keys sorted: output never varies by run. */
    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        Map<?, ?> ordered = map instanceof java.util.LinkedHashMap || map instanceof java.util.SortedMap
                ? map
                : new java.util.TreeMap<>(map);
        for (Map.Entry<?, ?> entry : ordered.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, String.valueOf(entry.getKey()));
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendList(StringBuilder out, Iterator<?> items) {
        out.append('[');
        while (items.hasNext()) {
            append(out, items.next());
            if (items.hasNext()) {
                out.append(',');
            }
        }
        out.append(']');
    }

    /**
     * A JSON string literal in printable ASCII only: every other character escaped, quotes too, so
     * it is also a valid JavaScript literal in any context.
     */
    public static String quoteAscii(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendString(out, text, Mode.ASCII);
        return out.toString();
    }

    /** {@link #quoteAscii} appended to {@code out}, without the string in between. */
    public static void appendAscii(StringBuilder out, String text) {
        appendString(out, text, Mode.ASCII);
    }

    /**
     * A JSON string literal that YAML also reads as a double-quoted scalar: what YAML may not
     * hold raw (DEL, the C1 controls, U+FEFF, U+FFFE, U+FFFF) is escaped too, since YAML
     * parsers reject a document with one.
     */
    public static String quoteForYaml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendString(out, text, Mode.YAML);
        return out.toString();
    }

    private enum Mode {
        JSON,
        ASCII,
        YAML
    }

    private static void appendString(StringBuilder out, String text) {
        appendString(out, text, Mode.JSON);
    }

    private static void appendString(StringBuilder out, String text, Mode mode) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20
                    && c < 0x7f
                    && c != '"'
                    && c != '\\'
                    && c != '<'
                    && c != '>'
                    && c != '&'
                    && (c != '\'' || mode != Mode.ASCII)) {
                continue;
            }
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> needsEscape(text, i, mode) ? "\\u" + HEX.toHexDigits(c) : null;
            };
            if (escape != null) {
                out.append(text, plainFrom, i).append(escape);
                plainFrom = i + 1;
            }
        }
        out.append(text, plainFrom, text.length()).append('"');
    }

    private static boolean needsEscape(String text, int i, Mode mode) {
        char c = text.charAt(i);
        if (mode == Mode.ASCII) {
            return c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&' || c == '\'';
        }
        if (mode == Mode.YAML && ((c >= 0x7f && c <= 0x9f) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF')) {
            return true;
        }
        return c < 0x20
                || c == '<'
                || c == '>'
                || c == '&'
                || c == '\u2028'
                || c == '\u2029'
                || isLoneSurrogate(text, i);
    }

    // A lone surrogate cannot be encoded as UTF-8; escaped, the JSON at least stays valid.
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
