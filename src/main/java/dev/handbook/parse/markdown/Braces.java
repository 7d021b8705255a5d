package dev.handbook.parse.markdown;

/** Skips a balanced {@code {...}} (a JSX expression), stepping over the braces inside its strings. */
final class Braces {

    /** {@code ENDED}: the text ended inside the expression (it may go on on the next line). */
    enum Result {
        BALANCED,
        UNBALANCED,
        ENDED
    }

    /** Expressions nest deeper than any page needs past this; the rest is taken as text. */
    private static final int MAX_DEPTH = 64;

    private Braces() {}

    static Result skip(Cursor in) {
        return skip(in, null);
    }

    /** @param into receives the expression as written, braces included; may be null */
    static Result skip(Cursor in, StringBuilder into) {
        int depth = 0;
        char quote = 0;
        while (true) {
            char c = in.peek();
            if (c == Cursor.END) {
                return Result.ENDED;
            }
            append(into, c);
            in.advance();
            if (quote != 0) {
                if (c == '\\' && in.peek() != Cursor.END) {
                    append(into, in.peek());
                    in.advance();
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{' && ++depth > MAX_DEPTH) {
                return Result.UNBALANCED;
            } else if (c == '}' && --depth == 0) {
                return Result.BALANCED;
            }
        }
    }

    private static void append(StringBuilder into, char c) {
        if (into != null) {
            into.append(c);
        }
    }
}
