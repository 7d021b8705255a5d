package dev.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

    @TempDir
    Path source;

    @Test
    void keepsTheBytesOfTheFilesAskedForAndNoOthers() throws IOException {
        Path page = write("content/a.md", "# A");
        write("content/logo.svg", "<svg/>");
        write("site.yml", "title: T");
        InputFingerprint.Inputs inputs = InputFingerprint.read(source, List.of("site.yml", "content"), List.of("v1"),
                file -> file.toString().endsWith(".md"));
        assertEquals(1, inputs.kept().size());
        assertArrayEquals("# A".getBytes(StandardCharsets.UTF_8), inputs.kept().get(page).orElseThrow().bytes());
        assertEquals(Files.getLastModifiedTime(page).toInstant(), inputs.kept().get(page).orElseThrow().lastModified());
        assertEquals(InputFingerprint.of(source, List.of("site.yml", "content"), List.of("v1")), inputs.digest());
    }

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
        assertTrue(InputFingerprint.read(source, List.of("missing"), List.of(), file -> true).kept().size() == 0);
    }

    private Path write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
