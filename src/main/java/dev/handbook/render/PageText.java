package dev.handbook.render;

import java.io.Writer;

/**
 * A page as the template writes it, collected in memory. Templates write in thousands of small
 * pieces; handed straight to a file's writer, each piece paid for its own trip through the
 * character encoder, which cost more than the rendering itself.
 */
final class PageText extends Writer {

    private final StringBuilder text = new StringBuilder(16 * 1024);

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** In one piece, as characters: a writer encodes an array in bulk but a string one character at a time. */
    void writeTo(Writer out) throws java.io.IOException {
        char[] chars = new char[text.length()];
        text.getChars(0, text.length(), chars, 0);
        out.write(chars);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
