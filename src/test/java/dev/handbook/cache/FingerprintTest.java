package dev.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void equalInputsGiveEqualDigests() {
        assertEquals(
                new Fingerprint().add("tide").add("gauge").hex(),
                new Fingerprint().add("tide").add("gauge").hex());
        assertEquals(16, Fingerprint.of("x").length());
    }

    @Test
    void whereOnePieceEndsAndTheNextBeginsCounts() {
        assertNotEquals(
                new Fingerprint().add("ab").add("c").hex(),
                new Fingerprint().add("a").add("bc").hex());
        assertNotEquals(new Fingerprint().add("").hex(), new Fingerprint().hex());
        assertNotEquals(
                new Fingerprint().mark('[').add("a").hex(),
                new Fingerprint().add("a").mark('[').hex());
    }

    @Test
    void aChangeAnywhereInALongTextIsSeen() {
        // longer than the staging buffer, so the text crosses several flushes
        String text = "harbour ".repeat(2_000);
        String digest = Fingerprint.of(text);
        for (int at : new int[] {0, 511, 512, 1023, 1024, 4095, 4096, 8191, 8192, text.length() - 1}) {
            String changed = text.substring(0, at) + 'X' + text.substring(at + 1);
            assertNotEquals(digest, Fingerprint.of(changed), "change at " + at);
        }
        assertEquals(digest, Fingerprint.of(new String(text.toCharArray())));
    }

    @Test
    void charactersBeyondLatin1AreTold() {
        assertNotEquals(Fingerprint.of("\u00e9"), Fingerprint.of("\u0ce9"));
        assertNotEquals(Fingerprint.of("\ud83c\udf0a"), Fingerprint.of("\ud83c\udf0b"));
    }

    @Test
    void bytesAndTextMixInOneDigest() {
        byte[] bytes = "levee".getBytes(StandardCharsets.UTF_8);
        String a = new Fingerprint().add("x").add(bytes).add("y").hex();
        assertEquals(a, new Fingerprint().add("x").add(bytes.clone()).add("y").hex());
        assertNotEquals(a, new Fingerprint().add("x").add("levee").add("y").hex());
    }

    @Test
    void theDigestIsOfTheStreamNotOfHowItWasStaged() {
        // measured with a staging buffer eight times larger: the size is free to change, caches stay valid
        assertEquals(
                "d1450f93a28d6d7c",
                new Fingerprint()
                        .mark('"')
                        .add("dune ".repeat(1_000))
                        .add("\u00e9\ud83c\udf0a")
                        .hex());
    }
}
