package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50,000 empty pages in one folder, the cheapest pull request that asks the build for the most
 * work: the check ends, in a JVM held to 256 MiB of heap (a 10,000-product build runs in 768), and
 * within minutes on a loaded machine (about 5 s on the project's 2-core machine). The build of
 * so many guide pages is bounded by the output limits, not here: each guide page's sidebar lists
 * every guide (measured in bench/, shape {@code guides}).
 */
class ManyPagesTest {

    private static final int PAGES = 50_000;

    @TempDir
    Path temp;

    @Test
    void fiftyThousandEmptyPagesAreCheckedInBoundedTimeAndMemory() throws Exception {
        Path pages = Files.createDirectories(temp.resolve("source/content/pages"));
        for (int i = 0; i < PAGES; i++) {
            Files.createFile(pages.resolve("p" + i + ".md"));
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.handbook.cli.Main",
                        "check",
                        "--source",
                        temp.resolve("source").toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(ended, "the check did not end within 5 minutes");
        String printed = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        assertEquals(
                List.of("0 errors, 0 warnings in 0 of " + PAGES + " pages"),
                printed.lines().toList());
        System.out.printf("checked %,d empty pages in %.1f s with a 256 MiB heap%n", PAGES, seconds);
    }
}
