package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml's favicon and theme_color reach every page's head; without them the defaults do. */
class SiteLookTest {

    @TempDir
    Path temp;

    @Test
    void withoutSiteYmlPagesCarryTheDefaultIconAndALightAndADarkThemeColour() {
        Path source = Fixtures.copy("only-content", temp);
        Fixtures.Run run = Fixtures.cli(
                "build",
                "--source",
                source.toString(),
                "--output",
                temp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        Document guide = SiteLinks.parse(temp.resolve("site/guides/glossary.html"));
        assertEquals(
                "../assets/favicon.svg", guide.selectFirst("link[rel=icon]").attr("href"));
        assertEquals(
                List.of("#f3f5f8", "#1e232b"),
                guide.select("meta[name=theme-color]").eachAttr("content"));
    }

    @Test
    void siteYmlFaviconAndThemeColourAreOnEveryPage() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Files.createDirectories(source.resolve("content/images"));
        Files.writeString(source.resolve("content/images/icon.png"), "not really a png");
        Files.writeString(source.resolve("site.yml"), "favicon: images/icon.png\ntheme_color: \"#0b5cad\"\n");
        Fixtures.Run run = Fixtures.cli(
                "build",
                "--source",
                source.toString(),
                "--output",
                temp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String page : List.of("index.html", "guides/glossary.html", "products/beacon.html")) {
            Document document = SiteLinks.parse(temp.resolve("site").resolve(page));
            String prefix = page.contains("/") ? "../" : "";
            assertEquals(
                    prefix + "images/icon.png",
                    document.selectFirst("link[rel=icon]").attr("href"),
                    page);
            assertEquals("image/png", document.selectFirst("link[rel=icon]").attr("type"), page);
            assertEquals(
                    List.of("#0b5cad"),
                    document.select("meta[name=theme-color]").eachAttr("content"),
                    page);
        }
        assertEquals(true, Files.isRegularFile(temp.resolve("site/images/icon.png")));
    }
}
