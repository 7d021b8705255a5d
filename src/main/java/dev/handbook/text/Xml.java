package dev.handbook.text;

/**
 * Escapes text for XML content and attributes, line breaks and tabs as character references,
 * dropping what XML 1.0 cannot carry at all.
 */
public final class Xml {

    private Xml() {}

    public static String escape(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> appendEscaped(out, c));
        return out.toString();
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c >= 0xD800) {
                return false;
            }
        }
        return true;
    }

    private static void appendEscaped(StringBuilder out, int c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&apos;");
            // as references, so an attribute keeps them (a parser turns raw ones into spaces) and
            // the document stays on its lines whatever a value holds
            case '\n' -> out.append("&#10;");
            case '\r' -> out.append("&#13;");
            case '\t' -> out.append("&#9;");
            default -> {
                if (isXmlChar(c)) {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    // Control characters, lone surrogates and U+FFFE/U+FFFF make a document ill-formed even when escaped.
    private static boolean isXmlChar(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
