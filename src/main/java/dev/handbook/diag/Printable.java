package dev.handbook.diag;

/**
 * Text made safe to print as one line of a terminal, a CI log or a build log. A front matter
 * value, a file name or a template's message may hold a line break, a carriage return, an
 * escape sequence or a bidirectional override; printed raw, it could start a forged diagnostic
 * or workflow command on a line of its own, erase the line before it, or reorder what is shown.
 * Each such character is written as an escape instead: {@code \n}, {@code \r}, {@code \t}, or
 * {@code \u001b} and the like.
 */
public final class Printable {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Printable() {}

    /** The text with every character that could break or disguise the line escaped; the same text when there is none. */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(text, i)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A whole line: escaped, and never starting with {@code ::}, which GitHub Actions reads as a
     * workflow command on any line of a step's output.
     */
    public static String line(String text) {
        String line = escape(text);
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return line.startsWith("::", start) ? line.substring(0, start) + "\\u003a" + line.substring(start + 1) : line;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // printable ASCII is by far the common case: decided by one comparison
            if ((c < 0x20 || c >= 0x7f) && isUnsafe(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnsafe(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c < 0x061c) {
            return false;
        }
        return c == 0x061c
                || c == 0x200e
                || c == 0x200f
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029
                || isLoneSurrogate(text, i);
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default ->
                out.append("\\u")
                        .append(HEX[c >> 12])
                        .append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
        }
    }
}
