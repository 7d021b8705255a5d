package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.SiteBuilder;
import dev.handbook.cli.Main;
import dev.handbook.run.Outcome;
import dev.handbook.run.RunOptions;
import dev.handbook.testing.JsonText;
import dev.handbook.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Files a build writes that another program reads: the links in its pages and data files when a
 * file is named {@code a#b?c%20d.md}, the Backstage catalog when a value holds DEL or a C1
 * control, the DOT file when a title is longer than Graphviz reads.
 */
class BrokenOutputTest {

    private static final Pattern URL_IN_JS = Pattern.compile("\"url\":\"([^\"]*)\"");

    @TempDir
    Path temp;

    /** only-content, with pages, a product and an image whose names a URL would misread. */
    private Path oddlyNamedHandbook() throws IOException {
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("odd-names"));
        Path guides = source.resolve("content/guides");
        Files.writeString(
                guides.resolve("a#b?c%20d.md"),
                "# Odd name\n\n## Odd section\n\nBack to [the glossary]"
                        + "(glossary.md), and the ![logo](../images/logo%20%231.svg).\n");
        Files.writeString(
                guides.resolve("été: notes.md"), "# Summer notes\n\nSee [the odd page](a%23b%3Fc%2520d.md).\n");
        Files.writeString(
                guides.resolve("how-we-work.md"),
                Files.readString(guides.resolve("how-we-work.md"))
                        + "\nSee [the odd page](a%23b%3Fc%2520d.md#odd-section) and [the notes](%C3%A9t%C3%A9%3A%20notes.md).\n");
        Path products = source.resolve("content/products");
        Files.writeString(
                products.resolve("tide gauge#2.md"),
                Files.readString(products.resolve("keeper-log.md"))
                        .replace("title: Keeper Log", "title: Tide Gauge Two"));
        Files.createDirectories(source.resolve("content/images"));
        Files.writeString(source.resolve("content/images/logo #1.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return source;
    }

    @Test
    void everyLinkToAnOddlyNamedFileLeadsToIt() throws Exception {
        Path source = oddlyNamedHandbook();
        Path site = temp.resolve("site");
        assertEquals(0, cli("build", "--source", source.toString(), "--output", site.toString()));
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : files(site, ".html")) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : document.select("a[href], img[src], link[href], script[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                checked++;
                if (!leadsToAFile(site, page, url)) {
                    broken.add(site.relativize(page) + ": " + url);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 100, checked + " links");
        Document odd = Jsoup.parse(site.resolve("guides/a#b?c%20d.html").toFile(), "UTF-8");
        assertEquals("Odd name", odd.selectFirst("main h1").text());
        assertTrue(Jsoup.parse(site.resolve("guides/how-we-work.html").toFile(), "UTF-8")
                .select("main a")
                .eachAttr("href")
                .contains("a%23b%3Fc%2520d.html#odd-section"));
    }

    @Test
    void theDataFilesLinkToOddlyNamedPagesToo() throws Exception {
        Path source = oddlyNamedHandbook();
        Path site = temp.resolve("site");
        assertEquals(0, cli("build", "--source", source.toString(), "--output", site.toString()));
        List<String> urls = new ArrayList<>();
        Matcher inIndex = URL_IN_JS.matcher(Files.readString(site.resolve("assets/search-index.js")));
        while (inIndex.find()) {
            urls.add(inIndex.group(1));
        }
        for (Object product : (List<?>)
                ((Map<?, ?>) JsonText.parse(Files.readString(site.resolve("products.json")))).get("products")) {
            urls.add((String) ((Map<?, ?>) product).get("url"));
        }
        for (Object node :
                (List<?>) ((Map<?, ?>) JsonText.parse(Files.readString(site.resolve("map.json")))).get("nodes")) {
            urls.add((String) ((Map<?, ?>) node).get("href"));
        }
        assertTrue(urls.contains("products/tide%20gauge%232.html"), urls.toString());
        assertTrue(urls.contains("guides/a%23b%3Fc%2520d.html"), urls.toString());
        for (String url : urls) {
            assertTrue(leadsToAFile(site, site.resolve("index.html"), url), url);
        }
    }

    @Test
    void theBackstageCatalogIsYamlWhateverTheValuesHold() throws Exception {
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/forged-values"), temp.resolve("forged-values"));
        Path site = temp.resolve("preview");
        Outcome outcome = new SiteBuilder()
                .build(RunOptions.of(source, LocalDate.of(2026, 11, 21))
                        .withOutput(site)
                        .withPreview(true));
        assertEquals(
                Outcome.Status.CONTENT_ERRORS,
                outcome.status(),
                outcome.problems().toString());
        Path catalog = site.resolve("backstage/forged.catalog-info.yaml");
        Map<?, ?> component = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(catalog));
        assertEquals(
                "Sees through \u202ewolf\u202c and \u007f and \u009b",
                ((Map<?, ?>) component.get("metadata")).get("description"));
    }

    @Test
    void aTitleLongerThanGraphvizReadsIsCutInTheDotFile() throws Exception {
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("long-title"));
        Path beacon = source.resolve("content/products/beacon.md");
        String title = "Beacon " + "é".repeat(20_000);
        Files.writeString(beacon, Files.readString(beacon).replace("title: Beacon", "title: " + title));
        Path site = temp.resolve("site");
        assertEquals(0, cli("build", "--source", source.toString(), "--output", site.toString()));
        String dot = Files.readString(site.resolve("map.dot"));
        Matcher label = Pattern.compile("\"beacon\" \\[label=\"([^\"]*)\"").matcher(dot);
        assertTrue(label.find(), dot);
        assertEquals(1000, label.group(1).codePointCount(0, label.group(1).length()));
        assertTrue(label.group(1).startsWith("Beacon éé") && label.group(1).endsWith("\u2026"));
        for (String line : dot.lines().toList()) {
            assertTrue(
                    line.getBytes(StandardCharsets.UTF_8).length < 16_384,
                    line.substring(0, Math.min(60, line.length())));
        }
        if (Files.isExecutable(Path.of("/usr/bin/dot"))) {
            Process graphviz = new ProcessBuilder(
                            "/usr/bin/dot", "-Tsvg", site.resolve("map.dot").toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(graphviz.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, graphviz.waitFor(), output.substring(0, Math.min(400, output.length())));
        }
    }

    /** As a browser resolves the URL against the page and asks a server for its path. */
    private static boolean leadsToAFile(Path site, Path page, String url) {
        try {
            URI base = new URI(
                    "http",
                    "example.org",
                    "/" + site.relativize(page).toString().replace('\\', '/'),
                    null);
            URI resolved = base.resolve(new URI(url));
            if (!"example.org".equals(resolved.getHost())) {
                return true; // another site's address: not ours to check
            }
            Path target = site.resolve(resolved.getPath().substring(1)).normalize();
            return target.startsWith(site) && Files.isRegularFile(target);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static int cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        if (code != 0) {
            System.err.println(err.toString(StandardCharsets.UTF_8));
        }
        return code;
    }
}
