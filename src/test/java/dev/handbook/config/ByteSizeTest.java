package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void sizesAreReadInBinaryUnitsWithOrWithoutASpace() {
        assertEquals(Optional.of(256L << 20), ByteSize.parse("256MiB"));
        assertEquals(Optional.of(64L << 10), ByteSize.parse("64 KiB"));
        assertEquals(Optional.of(1L << 30), ByteSize.parse(" 1GiB "));
        assertEquals(Optional.of(2L << 40), ByteSize.parse("2TiB"));
        assertEquals(Optional.of(1000L), ByteSize.parse("1000"));
        assertEquals(Optional.of(1000L), ByteSize.parse("1000 B"));
    }

    @Test
    void anythingElseIsNotASize() {
        for (String text : new String[] {"", "lots", "256MB", "256 mib", "1.5GiB", "-1", "MiB", "256 MiB extra"}) {
            assertEquals(Optional.empty(), ByteSize.parse(text), text);
        }
    }

    @Test
    void aSizeThatDoesNotFitIsRefusedRatherThanWrapped() {
        assertEquals(Optional.empty(), ByteSize.parse("9999999999 TiB"));
        assertEquals(Optional.empty(), ByteSize.parse("99999999999999999999"));
        assertEquals(Optional.of(8_388_607L << 40), ByteSize.parse("8388607TiB"));
    }

    @Test
    void sizesArePrintedInTheLargestUnitExactlyOrToOneDecimal() {
        assertEquals("256 MiB", ByteSize.format(256L << 20));
        assertEquals("64 KiB", ByteSize.format(64 << 10));
        assertEquals("1000 B", ByteSize.format(1000));
        assertEquals("1.5 KiB", ByteSize.format(1536));
        assertEquals("5.2 MiB", ByteSize.format(5_452_595));
        assertEquals("0 B", ByteSize.format(0));
    }
}
