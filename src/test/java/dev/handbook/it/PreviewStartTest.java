package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.serve.LivePreview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview that cannot start leaves nothing running behind it. */
class PreviewStartTest {

    @TempDir
    Path temp;

    @Test
    void aPortInUseLeavesNoWatcherBehind() throws Exception {
        Path source = Fixtures.copy("one-product", temp);
        long before = watcherThreads();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            assertThrows(
                    IOException.class,
                    () -> new LivePreview(source, "127.0.0.1", taken.getLocalPort(), LocalDate.of(2026, 11, 21), log)
                            .close());
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (watcherThreads() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(before, watcherThreads(), "the source watcher's thread ended with the failed start");
    }

    /** The JDK's file watching runs on a thread of this name (one per watch service). */
    private static long watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("FileSystemWatch"))
                .count();
    }
}
