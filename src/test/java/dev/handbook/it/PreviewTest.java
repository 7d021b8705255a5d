package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.serve.LivePreview;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview: serves on loopback, rebuilds on save, shows problems in a banner, tells pages to reload. */
class PreviewTest {

    @TempDir
    Path temp;

    Path source;
    LivePreview preview;
    Thread loop;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        source = Fixtures.copy("only-content", temp);
        preview = new LivePreview(
                source, "127.0.0.1", 0, LocalDate.of(2026, 11, 21), new PrintStream(log, true, StandardCharsets.UTF_8));
        loop = new Thread(preview::run);
        loop.start();
    }

    @AfterEach
    void stop() throws Exception {
        preview.close();
        loop.interrupt();
        loop.join(5000);
    }

    @Test
    void servesTheBakedSiteOnLoopbackWithTheReloadScript() throws IOException {
        assertTrue(preview.address().startsWith("http://127.0.0.1:"), preview.address());
        Document page = get("products/beacon.html");
        assertEquals("Beacon", page.selectFirst("main h1").text());
        assertTrue(page.select("script").eachAttr("src").contains("../assets/live-reload.js"));
    }

    @Test
    void aSaveRebuildsThePageAndTellsOpenPagesToReload() throws Exception {
        BlockingQueue<String> events = listen();
        Path beacon = source.resolve("content/products/beacon.md");
        Files.writeString(beacon, Files.readString(beacon).replace("## Blink patterns", "## Blink codes"));
        assertEquals("event: reload", events.poll(15, TimeUnit.SECONDS));
        assertFalse(get("products/beacon.html").select("h2#blink-codes").isEmpty());
    }

    @Test
    void aBrokenSaveShowsABannerAndTheNextGoodSaveClearsIt() throws Exception {
        BlockingQueue<String> events = listen();
        Path beacon = source.resolve("content/products/beacon.md");
        String good = Files.readString(beacon);
        Files.writeString(beacon, good.replace("maturity: prototype", "maturity: stedy"));
        assertEquals("event: reload", events.poll(15, TimeUnit.SECONDS));
        String banner =
                get("products/beacon.html").selectFirst("section.problems").text();
        assertTrue(
                banner.contains("content/products/beacon.md:4:11: error: `maturity: stedy` is not a maturity level"),
                banner);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("[invalid-value]"));
        Files.writeString(beacon, good);
        assertEquals("event: reload", events.poll(15, TimeUnit.SECONDS));
        assertTrue(get("products/beacon.html").select("section.problems").isEmpty());
    }

    @Test
    void savesThroughATemporaryFileKeepThePreviewAlive() throws Exception {
        BlockingQueue<String> events = listen();
        Path beacon = source.resolve("content/products/beacon.md");
        String text = Files.readString(beacon);
        for (int save = 1; save <= 3; save++) {
            // as sed -i and many editors save: a temporary file beside the page, renamed over it
            Path temporary = beacon.resolveSibling("sedA1b2C" + save);
            Files.writeString(temporary, text.replace("## Blink patterns", "## Blink patterns " + save));
            Files.move(
                    temporary,
                    beacon,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertEquals("event: reload", events.poll(15, TimeUnit.SECONDS), "save " + save);
            while (events.poll(500, TimeUnit.MILLISECONDS) != null) {
                // a rename can arrive as two changes
            }
        }
        assertFalse(get("products/beacon.html").select("h2#blink-patterns-3").isEmpty());
    }

    @Test
    void anAddressThatLeadsNowhereGetsTheSites404PageWithStatus404() throws IOException {
        for (String path : List.of("no-such-page.html", "products/deep/er/missing.html")) {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(preview.address() + path).toURL().openConnection();
            assertEquals(404, connection.getResponseCode(), path);
            try (var in = connection.getErrorStream()) {
                Document page = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertEquals("Page not found", page.selectFirst("main h1").text());
                assertEquals("/index.html", page.selectFirst("main li a").attr("href"));
            }
        }
    }

    private Document get(String path) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(preview.address() + path).toURL().openConnection();
        assertEquals(200, connection.getResponseCode());
        try (var in = connection.getInputStream()) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Collects the event lines the preview sends to a page. */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
        HttpURLConnection connection = (HttpURLConnection)
                URI.create(preview.address() + "__handbook/events").toURL().openConnection();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        assertEquals(": connected", reader.readLine());
        Thread thread = new Thread(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("event:")) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the preview closed
            }
        });
        thread.setDaemon(true);
        thread.start();
        return lines;
    }
}
