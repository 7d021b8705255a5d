package dev.handbook.text;

/**
 * Halves of UTF-16 surrogate pairs standing alone: not characters, so no UTF-8 file can hold
 * them. A YAML escape ({@code "\ud800"}) or a numeric reference in Markdown ({@code &#xD800;})
 * can still make one.
 */
public final class LoneSurrogates {

    private LoneSurrogates() {}

    /** Where the first one is, or -1. */
    public static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE && isLone(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The text with each replaced by U+FFFD, as an HTML parser replaces them; the same text when it has none. */
    public static String replaced(String text) {
        int first = indexIn(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = first; i < out.length(); i++) {
            if (Character.isSurrogate(out.charAt(i)) && isLone(out, i)) {
                out.setCharAt(i, '\uFFFD');
            } else if (Character.isHighSurrogate(out.charAt(i))) {
                i++; // the pair's low half
            }
        }
        return out.toString();
    }

    private static boolean isLone(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
}
