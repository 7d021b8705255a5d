package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.Main;
import dev.handbook.testing.Trees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build publishes with two renames: the last site to {@code .site.previous}, then the staging
 * folder to {@code site}. A kill between them leaves the folders as these tests arrange them; the
 * next build or check puts a complete site back first, before site.yml or any page is read.
 */
class InterruptedPublishTest {

    @TempDir
    Path temp;

    private Path source;
    private Path target;
    private Map<String, String> lastSite;

    @BeforeEach
    void buildASite() {
        source = Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("handbook"));
        target = source.resolve("target");
        assertEquals(0, cli("build", "--source", source.toString()));
        lastSite = WrittenFiles.of(target.resolve("site"));
        assertTrue(lastSite.containsKey("index.html"));
    }

    /**
     * The folders as a kill between the two renames leaves them: no site, the last one in .previous,
     * what was being published still in staging, and no cache (a build deletes it before baking).
     */
    private void killBetweenTheRenames() throws IOException {
        Files.delete(target.resolve(".site.cache"));
        Files.move(target.resolve("site"), target.resolve(".site.previous"));
        Files.createDirectories(target.resolve(".site.staging/products"));
        Files.writeString(target.resolve(".site.staging/products/half.html"), "<html><body>half a pa");
    }

    @Test
    void aCheckPutsTheLastSiteBackEvenWhenSiteYmlIsBroken() throws IOException {
        killBetweenTheRenames();
        Files.writeString(source.resolve("site.yml"), "title: [unclosed\n");
        assertEquals(2, cli("check", "--source", source.toString()));
        assertEquals(lastSite, WrittenFiles.of(target.resolve("site")));
        assertFalse(Files.exists(target.resolve(".site.previous")));
        assertFalse(Files.exists(target.resolve(".site.staging")), "a killed build's staging folder is removed");
    }

    @Test
    void aBuildThatFindsErrorsStillPutsTheLastSiteBack() throws IOException {
        killBetweenTheRenames();
        Files.writeString(source.resolve("content/products/broken.md"), "---\ntype: product\nmaturity: stedy\n---\n");
        assertEquals(1, cli("build", "--source", source.toString()));
        assertEquals(lastSite, WrittenFiles.of(target.resolve("site")));
        assertFalse(Files.exists(target.resolve(".site.previous")));
    }

    @Test
    void aBuildAfterAKillBetweenTheRenamesPublishesANewSiteAndLeavesNothingBehind() throws IOException {
        killBetweenTheRenames();
        assertEquals(0, cli("build", "--source", source.toString()));
        assertEquals(lastSite, WrittenFiles.of(target.resolve("site")), "the same handbook makes the same site");
        try (var left = Files.list(target)) {
            assertEquals(
                    java.util.List.of(".site.cache", ".site.lock", "site"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void killedAfterTheRenamesWhatIsLeftOfTheOldSiteIsRemovedAndTheNewOneKept() throws IOException {
        Files.createDirectories(target.resolve(".site.previous/products"));
        Files.writeString(target.resolve(".site.previous/products/beacon.html"), "what the delete had not reached");
        assertEquals(0, cli("check", "--source", source.toString()));
        assertEquals(lastSite, WrittenFiles.of(target.resolve("site")));
        assertFalse(Files.exists(target.resolve(".site.previous")));
    }

    @Test
    void whileAnotherBuildHoldsTheLockNothingIsMovedUnderIt() throws IOException {
        killBetweenTheRenames();
        try (FileChannel channel = FileChannel.open(target.resolve(".site.lock"), StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            assertEquals(0, cli("check", "--source", source.toString()));
            assertFalse(Files.exists(target.resolve("site")), "the build holding the lock is the one publishing");
            assertTrue(Files.isDirectory(target.resolve(".site.previous")));
        }
        assertEquals(0, cli("check", "--source", source.toString()));
        assertEquals(lastSite, WrittenFiles.of(target.resolve("site")));
    }

    private static int cli(String... args) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return Main.run(quiet, quiet, args);
    }
}
