package dev.handbook.cache;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit digest for change detection, built up from text and bytes: two CRCs with different
 * polynomials over the same stream, both computed by the JVM's intrinsics. It only has to tell a
 * page's old inputs from its new ones (a miss is a 1 in 2^64 chance), not resist an attacker,
 * and at ten thousand pages a cryptographic hash cost a noticeable part of every build.
 */
public final class Fingerprint {

    private final CRC32C first = new CRC32C();
    private final CRC32 second = new CRC32();
    private final byte[] length = new byte[4];

    public Fingerprint add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Length first, so that ("ab", "c") and ("a", "bc") differ. */
    public Fingerprint add(byte[] bytes) {
        int size = bytes.length;
        length[0] = (byte) (size >>> 24);
        length[1] = (byte) (size >>> 16);
        length[2] = (byte) (size >>> 8);
        length[3] = (byte) size;
        update(length);
        update(bytes);
        return this;
    }

    private void update(byte[] bytes) {
        first.update(bytes, 0, bytes.length);
        second.update(bytes, 0, bytes.length);
    }

    public String hex() {
        return HexFormat.of().toHexDigits((int) first.getValue()) + HexFormat.of().toHexDigits((int) second.getValue());
    }

    public static String of(String text) {
        return new Fingerprint().add(text).hex();
    }
}
