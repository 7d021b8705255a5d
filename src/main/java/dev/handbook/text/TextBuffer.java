package dev.handbook.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text written in many small pieces, collected in memory and encoded once. Templates write a page
 * in thousands of pieces; handed straight to a file's writer, each piece paid for its own trip
 * through the character encoder, which cost more than the rendering itself.
 */
public final class TextBuffer extends Writer {

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

    /** The text as UTF-8, encoded in one pass. */
    public byte[] utf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** In one piece, as characters: a writer encodes an array in bulk but a string one character at a time. */
    public void writeTo(Writer out) throws IOException {
        char[] chars = new char[text.length()];
        text.getChars(0, text.length(), chars, 0);
        out.write(chars);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
