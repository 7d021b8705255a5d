package dev.handbook.text;

/** Unicode's White_Space, as {@code (?U)\s} matches it: what search collapses, and so what counts as blank. */
public final class Whitespace {

    private Whitespace() {}

    public static boolean isSpace(int c) {
        boolean separatorControl = c >= 0x1C && c <= 0x1F;
        return (Character.isWhitespace(c) && !separatorControl) || Character.isSpaceChar(c) || c == 0x85;
    }
}
