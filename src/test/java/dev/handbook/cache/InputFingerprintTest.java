package dev.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

    @TempDir
    Path source;

    @Test
    void theDigestChangesWithAFilesContentItsNameAndTheExtras() throws IOException {
        write("content/a.md", "# A");
        String before = InputFingerprint.of(source, List.of("content"), List.of("v1"));
        assertEquals(before, InputFingerprint.of(source, List.of("content"), List.of("v1")));
        assertNotEquals(before, InputFingerprint.of(source, List.of("content"), List.of("v2")));
        write("content/a.md", "# B");
        String edited = InputFingerprint.of(source, List.of("content"), List.of("v1"));
        assertNotEquals(before, edited);
        Files.move(source.resolve("content/a.md"), source.resolve("content/b.md"));
        assertNotEquals(edited, InputFingerprint.of(source, List.of("content"), List.of("v1")));
        assertEquals(InputFingerprint.of(source, List.of("missing"), List.of()), InputFingerprint.of(source, List.of(), List.of()));
    }

    private Path write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
