package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.files.BoundedRead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads a content file as strict UTF-8: a byte order mark is dropped, line ends become \n, and a
 * file that is binary, too large or not UTF-8 is a diagnostic rather than mojibake.
 */
public final class SourceReader {

    /** Pages above this size are refused: no handbook page is legitimately this large. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /** Told nothing: for readers whose bytes no one else wants. */
    public static final BiConsumer<Path, byte[]> NO_LISTENER = (file, bytes) -> {};

    private final BiConsumer<Path, byte[]> onRead;

    public SourceReader() {
        this(NO_LISTENER);
    }

    /** @param onRead shown each file's bytes as read, before they are decoded */
    public SourceReader(BiConsumer<Path, byte[]> onRead) {
        this.onRead = onRead;
    }

    public Optional<String> read(Path file, String displayPath, Diagnostics diagnostics) {
        try {
            // judged from its attributes before it is opened: opening a named pipe would block for good
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                diagnostics.error(
                        displayPath,
                        Position.START,
                        Rule.SPECIAL_FILE,
                        "this is not a file; the build never " + "opens it: remove it");
                return Optional.empty();
            }
            if (attributes.size() > MAX_BYTES) {
                diagnostics.error(
                        displayPath,
                        Position.START,
                        Rule.FILE_TOO_LARGE,
                        "the page is "
                                + (attributes.size() / (1024 * 1024)) + " MiB; pages may be at most "
                                + (MAX_BYTES / (1024 * 1024))
                                + " MiB, so split it");
                return Optional.empty();
            }
            Optional<byte[]> bytes = BoundedRead.of(file, attributes.size(), MAX_BYTES);
            if (bytes.isEmpty()) {
                diagnostics.error(
                        displayPath,
                        Position.START,
                        Rule.FILE_TOO_LARGE,
                        "the page grew beyond "
                                + (MAX_BYTES / (1024 * 1024)) + " MiB as it was read; pages may be at most "
                                + (MAX_BYTES / (1024 * 1024)) + " MiB, so split it");
                return Optional.empty();
            }
            onRead.accept(file, bytes.get());
            return decode(bytes.get(), displayPath, diagnostics);
        } catch (IOException e) {
            diagnostics.error(displayPath, Position.START, Rule.IO, "the file cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    public static Optional<String> decode(byte[] bytes, String displayPath, Diagnostics diagnostics) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b == 0) {
                diagnostics.error(
                        displayPath,
                        Position.START,
                        Rule.ENCODING,
                        "this is a binary file, not a Markdown page; remove it or rename it");
                return Optional.empty();
            }
            ascii &= b > 0;
        }
        try {
            // ASCII is valid UTF-8 as it stands, and the common case: it needs no decoder
            String text = ascii
                    ? new String(bytes, StandardCharsets.US_ASCII)
                    : StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(
                    text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            diagnostics.error(
                    displayPath,
                    firstBadByte(bytes),
                    Rule.ENCODING,
                    "the file is not valid UTF-8; save it with UTF-8 encoding");
            return Optional.empty();
        }
    }

    /** The first line that does not decode, so the writer can find the bad character. */
    private static Position firstBadByte(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return new Position(line, 1);
                }
                line++;
                lineStart = i + 1;
            }
        }
        return Position.START;
    }
}
