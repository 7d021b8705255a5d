package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.render.map.MapGeometry;
import dev.handbook.testing.JsonText;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map page and the site search of the repository's own handbook (15 products), baked and read
 * back: the drawing's geometry from its SVG, the search from the published index run through the
 * published search.js in Node.
 */
class MapAndSearchPagesTest {

    /** Runs search.js on the index as a browser would and prints the urls found for the query. */
    private static final String SEARCH = """
            const fs = require('node:fs');
            const window = {};
            new Function('window', fs.readFileSync(process.argv[1], 'utf8'))(window);
            new Function('window', fs.readFileSync(process.argv[2], 'utf8'))(window);
            const hits = window.HandbookSearch.search(window.HANDBOOK_SEARCH, process.argv[3]);
            process.stdout.write(JSON.stringify(hits.map(h => h.entry.url)));
            """;

    @TempDir
    static Path temp;

    static Path source;
    static Path site;

    @BeforeAll
    static void bake() {
        source = Fixtures.copyOwnHandbook(temp);
        site = temp.resolve("site");
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", site.toString(), "--today", "2027-03-10");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void theMapsEdgesRunAroundEveryBoxAndNoBoxesOverlap() {
        Element svg = SiteLinks.parse(site.resolve("map.html")).selectFirst(".map svg.interface-map");
        MapGeometry geometry = MapGeometry.of(svg);

        assertEquals(15, geometry.boxes().size());
        assertTrue(geometry.edgeCount() > 10, "edges: " + geometry.edgeCount());
        assertEquals(List.of(), geometry.crossings());
        assertEquals(List.of(), geometry.overlaps());
        assertEquals(
                1,
                geometry.boxes().stream()
                        .map(b -> b.width() + "x" + b.height())
                        .distinct()
                        .count());
    }

    @Test
    void everyBoxWritesItsMaturityAndTheLegendNamesEveryLevel() {
        Document page = SiteLinks.parse(site.resolve("map.html"));

        for (Element node : page.select("svg g.map-node")) {
            String caption = node.selectFirst("tspan.map-caption").text();
            String stripe = node.selectFirst("rect.map-stripe").className();
            assertTrue(
                    stripe.contains("maturity-" + caption.substring("maturity: ".length())), caption + " / " + stripe);
        }
        assertEquals(
                List.of("maturity: idea", "maturity: prototype", "maturity: loop", "maturity: steady"),
                page.select(".map-legend li").eachText().subList(0, 4));
    }

    @Test
    void theEdgeTableListsEveryArrowWithItsKind() throws IOException {
        Document page = SiteLinks.parse(site.resolve("map.html"));
        List<?> edges = (List<?>) ((Map<?, ?>) JsonText.parse(Files.readString(site.resolve("map.json")))).get("edges");
        List<Element> rows = page.select(".map-edge-table tbody tr");

        assertEquals(edges.size(), rows.size());
        assertEquals(
                edges.size(), page.select("svg g.map-edges > path.map-edge").size());
        Map<?, ?> first = (Map<?, ?>) edges.get(0);
        assertEquals(first.get("label"), rows.get(0).child(2).text());
        assertTrue(rows.get(0).child(0).selectFirst("a").attr("href").startsWith("products/"));
        assertTrue(Files.isRegularFile(site.resolve("map.dot")));
    }

    @Test
    void mqttAndItsPrefixFindEveryProductWhoseInterfacesSayMqtt() throws Exception {
        Set<String> expected = productsWhoseFrontMatterHas("MQTT");
        assertFalse(expected.isEmpty());

        List<String> hits = search("mqtt");
        assertTrue(new TreeSet<>(hits).containsAll(expected), hits + " should hold " + expected);
        assertEquals(hits, search("mq").subList(0, hits.size()), "prefix of a word finds the same pages first");
    }

    @Test
    void steadyFindsAllSteadyProductsFirst() throws Exception {
        Set<String> steady = productsWhoseFrontMatterHas("maturity: steady");
        assertEquals(5, steady.size());

        List<String> hits = search("steady");
        assertEquals(steady, new TreeSet<>(hits.subList(0, steady.size())), hits.toString());
    }

    @Test
    void theOwnerIsSearchable() throws Exception {
        assertTrue(search("Town Services").contains("products/harbour-dashboard.html"));
    }

    @Test
    void snippetsCarryNoLinkTargetsAndNoTablePipes() throws IOException {
        String index = Files.readString(site.resolve("assets/search-index.js"));

        assertFalse(index.contains(".html)"), "a link target in the search text");
        assertFalse(index.contains(".md)"), "a link target in the search text");
        assertFalse(index.contains("| "), "table pipes in the search text");
    }

    private static Set<String> productsWhoseFrontMatterHas(String text) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(source.resolve("content/products"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String frontMatter = Files.readString(file).split("\n---", 2)[0];
                if (frontMatter.contains(text)) {
                    found.add("products/" + file.getFileName().toString().replace(".md", ".html"));
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<String> search(String query) throws IOException, InterruptedException {
        Path node = nodeOnPath().orElse(null);
        assumeTrue(node != null, "node is not on PATH");
        Path log = Files.createTempFile(temp, "node", ".json");
        Process process = new ProcessBuilder(new ArrayList<>(List.of(
                        node.toString(),
                        "-e",
                        SEARCH,
                        site.resolve("assets/search-index.js").toString(),
                        site.resolve("assets/search.js").toString(),
                        query)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return (List<String>) JsonText.parse(output);
    }

    private static Optional<Path> nodeOnPath() {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
