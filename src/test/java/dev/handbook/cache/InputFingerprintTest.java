package dev.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Test
    void filesAlreadyReadCountWithTheHashOfTheBytesRead() throws IOException {
        Path page = write("content/a.md", "# A");
        write("content/logo.svg", "<svg/>");
        String read = InputFingerprint.of(source, List.of("content"), List.of("v1"));
        Map<Path, String> known = Map.of(page, InputFingerprint.hash("# A".getBytes(StandardCharsets.UTF_8)));
        assertEquals(read, InputFingerprint.of(source, List.of("content"), List.of("v1"), known));
        // what was read is what counts, not what the file says by the time the digest is made
        Map<Path, String> older = Map.of(page, InputFingerprint.hash("# Old".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(read, InputFingerprint.of(source, List.of("content"), List.of("v1"), older));
    }

    private Path write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
