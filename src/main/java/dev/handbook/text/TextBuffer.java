package dev.handbook.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text written in many small pieces, collected in memory and encoded once. Templates write a page
 * in thousands of pieces; handed straight to a file's writer, each piece paid for its own trip
 * through the character encoder, which cost more than the rendering itself.
 * <p>
 * A buffer may be given a limit: a template that loops without end, or a page that would be too
 * big a file, then stops with {@link TooLong} at the limit instead of filling the memory.
 */
public final class TextBuffer extends Writer {

    private final StringBuilder text = new StringBuilder(16 * 1024);
    private final int limit;
    private boolean tooLong;

    /** What a buffer throws, to the writer of the text, once the text would pass its limit. */
    public static final class TooLong extends IOException {
        TooLong(int limit) {
            super("the text would be longer than " + limit + " characters");
        }
    }

    public TextBuffer() {
        this(Integer.MAX_VALUE);
    }

    /** @param limit the most characters the text may hold */
    public TextBuffer(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws TooLong {
        room(length);
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws TooLong {
        room(length);
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) throws TooLong {
        room(string.length());
        text.append(string);
    }

    @Override
    public void write(int c) throws TooLong {
        room(1);
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence sequence) throws TooLong {
        room(sequence.length());
        text.append(sequence);
        return this;
    }

    /** Whether the text was cut off at the limit (a {@link TooLong} was thrown). */
    public boolean tooLong() {
        return tooLong;
    }

    private void room(int more) throws TooLong {
        if (more > limit - text.length()) {
            tooLong = true;
            throw new TooLong(limit);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

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
