package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {

    @TempDir
    Path folder;

    @Test
    void withoutAnArchiveBesideTheJarNoClassDataOptionsAreGiven() throws Exception {
        Path jar = Files.createFile(folder.resolve("handbook.jar"));
        assertTrue(Relaunch.classDataOptions(jar).isEmpty());
    }

    @Test
    void theArchiveBesideTheJarIsUsedQuietly() throws Exception {
        Path jar = Files.createFile(folder.resolve("handbook-1.0.jar"));
        Path archive = Files.createFile(folder.resolve("handbook-1.0.jsa"));
        assertEquals(
                List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                Relaunch.classDataOptions(jar));
    }

    @Test
    void theTunedOptionsBoundTheHeap() {
        assertTrue(Relaunch.JVM_OPTIONS.contains("-Xmx768m"));
    }
}
