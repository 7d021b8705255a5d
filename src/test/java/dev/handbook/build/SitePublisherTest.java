package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import dev.handbook.render.PublishException;
import dev.handbook.render.PublishResult;
import dev.handbook.render.SitePublisher;
import dev.handbook.run.Outcome;
import dev.handbook.run.RunOptions;
import dev.handbook.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's orchestration knows a site generator only as a {@link SitePublisher}. */
class SitePublisherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @TempDir
    Path temp;

    private Path handbook() {
        return Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("handbook"));
    }

    @Test
    void whatAPublisherWritesIsPublished() throws Exception {
        SitePublisher publisher = (handbook, files, source, content, site, previous, preview) -> {
            try {
                site.write(
                        site.root().resolve("index.html"),
                        "<p>" + handbook.products().size() + " products</p>");
            } catch (java.io.IOException e) {
                throw new PublishException(List.of(), List.of(e.getMessage()));
            }
            return new PublishResult(1, 0, Map.of("index.html", "f"));
        };
        Path site = temp.resolve("site");
        Outcome outcome = new SiteBuilder(() -> publisher)
                .build(RunOptions.of(handbook(), DAY).withOutput(site));
        assertEquals(Outcome.Status.BUILT, outcome.status(), outcome.problems().toString());
        assertEquals("<p>2 products</p>", Files.readString(site.resolve("index.html")));
    }

    @Test
    void aPublisherThatFailsLeavesNothingPublishedAndItsFindingsInTheOutcome() throws Exception {
        Diagnostic broken = new Diagnostic(
                "templates/product.ftlh", new Position(3, 7), Severity.ERROR, Rule.TEMPLATE, "no such name");
        SitePublisher publisher = (handbook, files, source, content, site, previous, preview) -> {
            throw new PublishException(List.of(broken), List.of("the disk said no"));
        };
        Path site = temp.resolve("site");
        Outcome outcome = new SiteBuilder(() -> publisher)
                .build(RunOptions.of(handbook(), DAY).withOutput(site));
        assertEquals(Outcome.Status.BAKE_FAILED, outcome.status());
        assertEquals(
                List.of(
                        "error: the disk said no [output]",
                        "templates/product.ftlh:3:7: error: no such name [template]"),
                outcome.problems().stream().map(Diagnostic::toText).sorted().toList());
        assertFalse(outcome.published());
        assertTrue(!Files.exists(site) || Files.list(site).findAny().isEmpty());
    }
}
