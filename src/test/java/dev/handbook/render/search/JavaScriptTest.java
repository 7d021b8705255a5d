package dev.handbook.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.JsonText;
import dev.handbook.testing.RequiredTool;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser scripts under src/main/resources/dev/handbook/static, tested by Node's built-in test
 * runner (src/test/js, no packages), so {@code mvn test} covers them. Skipped where node is not on PATH.
 */
class JavaScriptTest {

    private static final Path SCRIPT_TESTS = Path.of("src/test/js");
    private static final Path SEARCH_JS = Path.of("src/main/resources/dev/handbook/static/search.js");

    /** Loads the generated index and search.js as a browser would, prints what they hold as JSON. */
    private static final String BROWSER = """
            const fs = require('node:fs');
            const window = {};
            new Function('window', fs.readFileSync(process.argv[1], 'utf8'))(window);
            new Function('window', fs.readFileSync(process.argv[2], 'utf8'))(window);
            const hits = window.HandbookSearch.search(window.HANDBOOK_SEARCH, process.argv[3]);
            process.stdout.write(JSON.stringify({ index: window.HANDBOOK_SEARCH, hits: hits.map(h => h.entry.url) }));
            """;

    @Test
    void theScriptTestsPass(@TempDir Path temp) throws Exception {
        Path node = nodeOnPath().orElse(null);
        RequiredTool.require(node != null, "node on PATH (the JavaScript tests)");
        assertTrue(Files.isDirectory(SCRIPT_TESTS), SCRIPT_TESTS.toAbsolutePath() + " is missing");
        Run run = run(temp, List.of(node.toString(), "--test", SCRIPT_TESTS.toString() + File.separator));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("# fail 0"), run.output());
    }

    @Test
    void theGeneratedIndexLoadsInJavaScriptAsWrittenAndIsSearchable(@TempDir Path temp) throws Exception {
        Path node = nodeOnPath().orElse(null);
        RequiredTool.require(node != null, "node on PATH (the JavaScript tests)");
        String hostile = "</script><script>alert('x')</script> \u2028\u2029 \"q\" \\ & caf\u00e9 \ud83c\udf0a";
        SearchIndex index = new SearchIndex(List.of(
                new SearchEntry(
                        "Tidegauge",
                        "products/tidegauge.html",
                        SearchEntry.PRODUCT,
                        "Measures the sea.",
                        List.of("hardware"),
                        List.of("Installation"),
                        "The gauge on the wall."),
                new SearchEntry(
                        hostile,
                        "guides/x.html",
                        SearchEntry.GUIDE,
                        hostile,
                        List.of(hostile),
                        List.of(hostile),
                        hostile + " Caf\u00e9 au lait")));
        Path file = temp.resolve("search-index.js");
        Files.writeString(file, index.toJavaScript(), StandardCharsets.UTF_8);

        Run run = run(temp, List.of(node.toString(), "-e", BROWSER, file.toString(), SEARCH_JS.toString(), "CAFE"));
        assertEquals(0, run.exitCode(), run.output());
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) JsonText.parse(run.output());
        assertEquals(SearchIndexTest.parse(index.toJavaScript()), result.get("index"));
        Object title = ((Map<?, ?>) ((List<?>) result.get("index")).get(1)).get("title");
        assertEquals("</script><script>alert('x')</script> \"q\" \\ & caf\u00e9 \ud83c\udf0a", title);
        assertEquals(List.of("guides/x.html"), result.get("hits"));
    }

    private record Run(int exitCode, String output) {}

    private static Run run(Path temp, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "node", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("node did not finish in 180 s: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Optional<Path> nodeOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("node", "node.exe")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
