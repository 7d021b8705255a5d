package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<String> decode(byte[] bytes) {
        return SourceReader.decode(bytes, "content/page.md", diagnostics);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private List<String> lines() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void plainUtf8IsReadAsIs() {
        assertEquals(Optional.of("Grüße, Etcher ✓\n"), decode(utf8("Grüße, Etcher ✓\n")));
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void byteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertEquals(Optional.of("---\ntitle: x\n"), decode(concat(bom, utf8("---\ntitle: x\n"))));
    }

    @Test
    void crlfBecomesLf() {
        assertEquals(Optional.of("a\nb\n\nc"), decode(utf8("a\r\nb\r\n\r\nc")));
    }

    @Test
    void loneCrBecomesLf() {
        assertEquals(Optional.of("a\nb\n"), decode(utf8("a\rb\r")));
    }

    @Test
    void invalidUtf8IsAnEncodingErrorNamingTheLine() {
        byte[] bytes = concat(utf8("---\ntitle: ok\n"), new byte[] {'b', 'a', 'd', (byte) 0xE9, '\n'}, utf8("---\n"));

        assertEquals(Optional.empty(), decode(bytes));
        assertEquals(
                List.of("content/page.md:3:1: error: the file is not valid UTF-8; save it with UTF-8 encoding "
                        + "[encoding]"),
                lines());
    }

    @Test
    void invalidUtf8OnTheLastLineWithoutNewline() {
        byte[] bytes = concat(utf8("a\nb\n"), new byte[] {(byte) 0xC3});

        assertEquals(Optional.empty(), decode(bytes));
        assertEquals(3, diagnostics.sorted().get(0).line());
    }

    @Test
    void nulByteIsABinaryFile() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};

        assertEquals(Optional.empty(), decode(bytes));
        assertEquals(
                List.of("content/page.md:1:1: error: this is a binary file, not a Markdown page; "
                        + "remove it or rename it [encoding]"),
                lines());
    }

    @Test
    void nulByteInOtherwiseValidTextIsBinaryToo() {
        assertEquals(Optional.empty(), decode(utf8("title\u0000\n")));
        assertEquals("encoding", diagnostics.sorted().get(0).rule());
    }

    @Test
    void readDecodesAFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("page.md"), utf8("\uFEFFa\r\nb\r\n"));

        assertEquals(Optional.of("a\nb\n"), new SourceReader().read(file, "content/page.md", diagnostics));
    }

    @Test
    void missingFileIsAnIoDiagnostic(@TempDir Path dir) {
        Optional<String> text = new SourceReader().read(dir.resolve("gone.md"), "content/gone.md", diagnostics);

        assertEquals(Optional.empty(), text);
        assertEquals("io", diagnostics.sorted().get(0).rule());
    }
}
