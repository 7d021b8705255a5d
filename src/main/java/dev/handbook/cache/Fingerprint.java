package dev.handbook.cache;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit digest for change detection, built up from text and bytes: two CRCs with different
 * polynomials over the same stream, both computed by the JVM's intrinsics. It only has to tell a
 * page's old inputs from its new ones (a miss is a 1 in 2^64 chance), not resist an attacker,
 * and at ten thousand pages a cryptographic hash cost a noticeable part of every build.
 * <p>
 * Text goes in as big-endian UTF-16 code units, gathered in a char array and moved to the CRCs in
 * bulk: a page's data is digested without being written out as one long string, and without a
 * loop over its characters in our code.
 */
public final class Fingerprint {

    // small: a build makes tens of thousands of fingerprints, and a flush costs little
    private static final int STAGE = 512;
    /** Where staged characters become bytes for the CRCs; used within one call, so one per thread is enough. */
    private static final ThreadLocal<ByteBuffer> BYTES =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(2 * STAGE));

    private final CRC32C first = new CRC32C();
    private final CRC32 second = new CRC32();
    private final char[] staged = new char[STAGE];
    private int used;

    /** Length first, so that ("ab", "c") and ("a", "bc") differ. */
    public Fingerprint add(String text) {
        int size = text.length();
        length(size);
        if (used + size <= STAGE) {
            // the usual case, a short text that fits: one copy
            text.getChars(0, size, staged, used);
            used += size;
            return this;
        }
        for (int from = 0; from < text.length(); ) {
            if (used == STAGE) {
                flush();
            }
            int to = Math.min(text.length(), from + STAGE - used);
            text.getChars(from, to, staged, used);
            used += to - from;
            from = to;
        }
        return this;
    }

    /** Length first, like text. */
    public Fingerprint add(byte[] bytes) {
        length(bytes.length);
        flush();
        first.update(bytes, 0, bytes.length);
        second.update(bytes, 0, bytes.length);
        return this;
    }

    /** One character outside any text: a marker of structure, such as where a list starts. */
    public Fingerprint mark(char marker) {
        if (used == STAGE) {
            flush();
        }
        staged[used++] = marker;
        return this;
    }

    private void length(int size) {
        mark((char) (size >>> 16));
        mark((char) size);
    }

    private void flush() {
        if (used == 0) {
            return;
        }
        ByteBuffer bytes = BYTES.get();
        bytes.clear();
        CharBuffer chars = bytes.asCharBuffer();
        chars.put(staged, 0, used);
        bytes.limit(2 * used);
        first.update(bytes);
        bytes.position(0);
        second.update(bytes);
        used = 0;
    }

    public String hex() {
        return HexFormat.of().toHexDigits(value());
    }

    /** The digest as a number: the same 64 bits {@link #hex} spells out. */
    public long value() {
        flush();
        return first.getValue() << 32 | second.getValue();
    }

    public static String of(String text) {
        return new Fingerprint().add(text).hex();
    }
}
