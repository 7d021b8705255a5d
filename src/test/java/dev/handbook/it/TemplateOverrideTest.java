package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /**
     * A handbook's own templates read the views by the names README lists, as they read the maps
     * the views once were: fields as {@code product.owner} (or {@code product.mission()}), a
     * product row's fields on the matrix rows, a missing neighbour as an empty value a macro can
     * still be given.
     */
    @Test
    void overriddenTemplatesReadTheDocumentedNames(@TempDir Path temp) {
        Path source = Fixtures.copy("templates-read-views", temp);
        Path site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, run.exitCode(), run.err());

        Document product = SiteLinks.parse(site.resolve("products/kettle.html"));
        assertEquals("Break Room Crew", product.getElementById("owner").text());
        assertEquals(
                "Hot water for the break room, on the hour.",
                product.getElementById("mission").text());
        assertEquals(
                "Tea keeps the late shift going.",
                product.getElementById("note").text());
        assertEquals("0", product.getElementById("used-by").text());
        assertEquals(
                "present",
                product.selectFirst("#characteristics li[data-key=owner]").text());

        Document first = SiteLinks.parse(site.resolve("guides/first-steps.html"));
        assertEquals("none", first.getElementById("previous").text());
        assertEquals("Next steps", first.getElementById("next").text());
        Document second = SiteLinks.parse(site.resolve("guides/next-steps.html"));
        assertEquals("First steps", second.getElementById("previous").text());
        assertEquals("none", second.getElementById("next").text());
        assertEquals(List.of("Home", "Next steps"), second.select("#crumbs li").eachText());

        Document matrix = SiteLinks.parse(site.resolve("matrix.html"));
        Element row = matrix.selectFirst("#matrix tr");
        assertEquals("Break Room Crew", row.attr("data-owner"));
        assertEquals("kettle", row.attr("data-slug"));
    }
}
