package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MadeFoldersTest {

    @TempDir
    Path root;

    @Test
    void everyThreadFindsTheFolderMadeWhenItsCallReturns() {
        MadeFolders folders = new MadeFolders();
        AtomicInteger written = new AtomicInteger();
        IntStream.range(0, 2_000).parallel().forEach(i -> {
            Path folder = root.resolve("products").resolve("group-" + (i % 7)).resolve("deep");
            try {
                folders.ensure(folder);
                Files.writeString(folder.resolve("page-" + i + ".html"), "x");
                written.incrementAndGet();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(2_000, written.get());
    }

    @Test
    void aFolderThatCannotBeMadeFailsEachTimeItIsAskedFor() throws IOException {
        Files.writeString(root.resolve("taken"), "a file, not a folder");
        MadeFolders folders = new MadeFolders();
        assertThrows(
                IOException.class, () -> folders.ensure(root.resolve("taken").resolve("below")));
        assertThrows(
                IOException.class, () -> folders.ensure(root.resolve("taken").resolve("below")));
        folders.ensure(root.resolve("fine"));
        assertTrue(Files.isDirectory(root.resolve("fine")));
    }
}
