package dev.handbook.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.handbook.build.SiteBuilder;
import dev.handbook.run.Outcome;
import dev.handbook.run.RunOptions;
import dev.handbook.testing.Trees;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bake registers nothing in JBake's global, static engine map: two bakes at once cannot meet there. */
class GlobalEnginesTest {

    @Test
    void aBakeLeavesJBakesEnginesAsTheyWere(@TempDir Path temp) throws Exception {
        ParserEngine before = Engines.get("md");
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("handbook"));
        Outcome outcome = new SiteBuilder().build(RunOptions.of(source, LocalDate.of(2026, 1, 15)));
        assertEquals(Outcome.Status.BUILT, outcome.status(), outcome.problems().toString());
        assertEquals(before, Engines.get("md"));
        for (String extension : new String[] {"md", "markdown", "mdx"}) {
            assertFalse(Engines.get(extension) instanceof HandbookMarkupEngine, extension);
        }
    }
}
