package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a writer sees for a handbook with many defects at once: every finding, then the summary. */
class GoldenCheckTest {

    @TempDir
    Path temp;

    @Test
    void manyDefectsPrintEveryFindingInOrderThenTheSummaryAndFail() throws IOException {
        Path source = CheckRun.fixture("golden/many-defects", temp);

        CheckRun run = CheckRun.check(source, "2026-11-21");

        assertEquals(golden("golden/many-defects.stderr.txt"), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.exitCode());
    }

    private static String golden(String resource) throws IOException {
        try (InputStream in = GoldenCheckTest.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
