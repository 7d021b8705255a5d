package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-reload script belongs to the preview: a built site neither holds nor loads it. */
class LiveReloadScriptTest {

    @TempDir
    Path temp;

    @Test
    void onlyThePreviewHasTheReloadScript() throws Exception {
        Path source = Fixtures.copy("one-product", temp);
        Path site = temp.resolve("site");
        assertEquals(
                0,
                Fixtures.cli("build", "--source", source.toString(), "--output", site.toString())
                        .exitCode());
        assertTrue(Files.isRegularFile(site.resolve("assets/handbook.css")));
        assertFalse(Files.exists(site.resolve("assets/live-reload.js")), "a built site has no live-reload.js");
        assertFalse(
                SiteLinks.parse(site.resolve("products/lantern.html")).select("script[src]").eachAttr("src").stream()
                        .anyMatch(src -> src.contains("live-reload")));
        Path preview = temp.resolve("preview");
        new SiteBuilder()
                .build(new dev.handbook.run.RunOptions(source, preview, LocalDate.of(2026, 11, 21), false, true));
        assertTrue(Files.isRegularFile(preview.resolve("assets/live-reload.js")));
    }
}
