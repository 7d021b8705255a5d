package dev.handbook.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsReadWholeWithinTheLimitAndRefusedAboveIt() throws IOException {
        Path file = Files.write(dir.resolve("page.md"), new byte[1000]);
        assertEquals(1000, BoundedRead.of(file, 1000, 1000).orElseThrow().length);
        assertEquals(Optional.empty(), BoundedRead.of(file, 1000, 999).map(bytes -> bytes.length));
    }

    @Test
    void theListedSizeIsNotTrusted() throws IOException {
        Path file = Files.writeString(dir.resolve("page.md"), "grown since it was listed");
        assertArrayEquals(Files.readAllBytes(file), BoundedRead.of(file, 5, 100).orElseThrow());
        assertEquals("grown", new String(BoundedRead.of(file, 5, 100).orElseThrow(), 0, 5));
        assertEquals(Optional.empty(), BoundedRead.of(file, 5, 10).map(bytes -> bytes.length));
        assertArrayEquals(
                Files.readAllBytes(file), BoundedRead.of(file, 1000, 100).orElseThrow(), "shrunk");
    }

    @Test
    void aFileThatListsNoSizeButHoldsMoreIsCutOffAtTheLimit() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status) && Files.size(status) == 0, "no procfs here");
        assertEquals(Optional.empty(), BoundedRead.of(status, 0, 16).map(bytes -> bytes.length));
        assertTrue(BoundedRead.of(status, 0, 1 << 20).orElseThrow().length > 16);
    }
}
