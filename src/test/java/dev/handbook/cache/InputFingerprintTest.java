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
        assertEquals(
                InputFingerprint.of(source, List.of("missing"), List.of()),
                InputFingerprint.of(source, List.of(), List.of()));
    }

    @Test
    void aDigestBegunNowIsFinishedWithWhatWasReadMeanwhile() throws IOException {
        Path page = write("content/a.md", "# A");
        write("content/logo.svg", "<svg/>");
        String before = InputFingerprint.of(source, List.of("content"), List.of("v1"));
        InputFingerprint.Pending pending = InputFingerprint.begin(
                source,
                List.of("content"),
                List.of("v1"),
                file -> file.toString().endsWith(".md"));
        // what the build used counts: the page as the parse read it, the other files as they were at the start
        write("content/a.md", "# A, edited after it was read");
        write("content/logo.svg", "<svg>edited after the start</svg>");
        Map<Path, String> read = Map.of(page, InputFingerprint.hash("# A".getBytes(StandardCharsets.UTF_8)));
        assertEquals(before, pending.finish(read));
        // a page nobody read is read when the digest is finished
        assertEquals(
                InputFingerprint.of(source, List.of("content"), List.of("v1")),
                InputFingerprint.begin(source, List.of("content"), List.of("v1"), file -> file.equals(page))
                        .finish(Map.of()));
        assertNotEquals(before, InputFingerprint.of(source, List.of("content"), List.of("v1")));
    }

    private Path write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
