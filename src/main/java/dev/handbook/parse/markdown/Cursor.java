package dev.handbook.parse.markdown;

import org.commonmark.parser.beta.Scanner;

/** Reads text one character at a time: a line for the block parsers, a paragraph's scanner for the inline ones. */
interface Cursor {

    char END = '\0';

    /** The character here, or {@link #END}. */
    char peek();

    void advance();

    /**
     * A JSX tag or expression is read at most this far: a page with thousands of unclosed
     * {@code {} or {@code <Tag} would otherwise be read to its end from each of them.
     */
    int MAX_CONSTRUCT = 4096;

    static Cursor of(CharSequence text, int start) {
        return new Cursor() {
            private int index = start;

            @Override
            public char peek() {
                return index < text.length() ? text.charAt(index) : END;
            }

            @Override
            public void advance() {
                index++;
            }

            @Override
            public String toString() {
                return String.valueOf(index);
            }
        };
    }

    /** The scanner's text, ending after {@link #MAX_CONSTRUCT} characters. */
    static Cursor of(Scanner scanner) {
        return new Cursor() {
            private int read;

            @Override
            public char peek() {
                return read < MAX_CONSTRUCT ? scanner.peek() : END;
            }

            @Override
            public void advance() {
                read++;
                scanner.next();
            }
        };
    }
}
