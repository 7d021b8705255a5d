package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file in templates/ replaces its embedded twin; the others stay embedded. */
class TemplateOverrideTest {

    @Test
    void templatesFolderOverridesEmbeddedTemplate(@TempDir Path temp) {
        Path source = Fixtures.copy("template-override", temp);
        Path site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        Document guide = SiteLinks.parse(site.resolve("guide.html"));
        assertEquals(
                "custom guide template: Overridden",
                guide.getElementById("custom-marker").text());
        Document products = SiteLinks.parse(site.resolve("products.html"));
        assertEquals(1, products.select("table.products").size());
    }
}
