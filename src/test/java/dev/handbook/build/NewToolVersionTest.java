package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.run.Outcome;
import dev.handbook.testing.Trees;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar with other embedded templates or CSS, same version, same sources: the site is built again. */
class NewToolVersionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path temp;

    @Test
    void changedEmbeddedFilesRebuildAnUnchangedHandbook() throws Exception {
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/one-product"), temp.resolve("one-product"));
        Path site = temp.resolve("site");
        assertEquals(
                Outcome.Status.BUILT,
                new SiteBuilder("css-1")
                        .build(new dev.handbook.run.RunOptions(source, site, TODAY, false, false))
                        .status());
        assertEquals(
                Outcome.Status.UNCHANGED,
                new SiteBuilder("css-1")
                        .build(new dev.handbook.run.RunOptions(source, site, TODAY, false, false))
                        .status());
        assertEquals(
                Outcome.Status.BUILT,
                new SiteBuilder("css-2")
                        .build(new dev.handbook.run.RunOptions(source, site, TODAY, false, false))
                        .status());
        // the tool's own digest, taken from its class folder, is neither made-up one
        assertEquals(
                Outcome.Status.BUILT,
                new SiteBuilder()
                        .build(new dev.handbook.run.RunOptions(source, site, TODAY, false, false))
                        .status());
        assertEquals(
                Outcome.Status.UNCHANGED,
                new SiteBuilder()
                        .build(new dev.handbook.run.RunOptions(source, site, TODAY, false, false))
                        .status());
    }
}
