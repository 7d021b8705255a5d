package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview under a bounded local attack: raw sockets against {@code handbook serve} in a
 * process of its own, counting what it holds through /proc. Each case once worked against it.
 */
class PreviewServerAttacksTest {

    private static final String EVENTS = "/__handbook/events";
    /** The preview's 80 request threads, and room for the JVM's own (compiler threads come and go). */
    private static final int THREAD_BOUND = 80 + 15;

    @TempDir
    static Path shared;

    static PreviewProcess preview;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSharedPreview() throws Exception {
        preview = PreviewProcess.start(handbook(shared));
    }

    @AfterAll
    static void stopSharedPreview() throws Exception {
        preview.close();
    }

    private static Path handbook(Path folder) {
        return Trees.copy(Path.of("src/test/resources/handbooks/only-content"), folder.resolve("handbook"));
    }

    // DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 sends its own name
    @Test
    void aRequestForAnotherHostNameIsRefused() throws IOException {
        int port = preview.port();
        for (String host : List.of(
                "evil.example:" + port, "evil.example", "127.0.0.1.nip.io:" + port, "localhost.evil.example:" + port)) {
            RawHttp.Response response = RawHttp.get(port, "/index.html", host);
            assertTrue(response.status() == 403 || response.status() == 421, host + ": " + response.status());
            assertFalse(response.text().contains("<main"), host);
        }
        assertEquals(400, RawHttp.get(port, "/index.html", null).status());
        for (String host :
                List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port, "127.0.0.1")) {
            assertEquals(200, RawHttp.get(port, "/index.html", host).status(), host);
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        int port = preview.port();
        for (String method : List.of("POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH", "PROPFIND")) {
            RawHttp.Response response = RawHttp.request(port, method, "/index.html");
            assertEquals(405, response.status(), method);
            assertEquals("GET, HEAD", response.header("Allow"), method);
        }
        RawHttp.Response get = RawHttp.request(port, "GET", "/index.html");
        RawHttp.Response head = RawHttp.request(port, "HEAD", "/index.html");
        assertEquals(200, head.status());
        assertEquals(String.valueOf(get.body().length), head.header("Content-Length"));
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
    }

    @Test
    void aHeadRequestPrintsNoWarning() throws Exception {
        assertEquals(
                200,
                RawHttp.request(preview.port(), "HEAD", "/products/beacon.html").status());
        assertEquals(
                404,
                RawHttp.request(preview.port(), "HEAD", "/nothing-here.html").status());
        Thread.sleep(1000); // the log is read from the process's output as it comes
        assertTrue(
                preview.log().stream().noneMatch(line -> line.contains("WARNING") || line.contains("HEAD")),
                String.join("\n", preview.log()));
    }

    @Test
    void filesAreNeverSniffedAndSvgFilesCannotRunScripts() throws IOException {
        RawHttp.Response svg = RawHttp.request(preview.port(), "GET", "/assets/favicon.svg");
        assertEquals(200, svg.status());
        assertEquals("image/svg+xml", svg.header("Content-Type"));
        String policy = svg.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("default-src 'none'") && policy.contains("sandbox"), policy);
        for (String path : List.of("/index.html", "/assets/favicon.svg", "/assets/search-index.js", "/nothing.html")) {
            RawHttp.Response response = RawHttp.request(preview.port(), "GET", path);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
            assertEquals("same-origin", response.header("Cross-Origin-Resource-Policy"), path);
        }
    }

    // A page on any site may point a script tag or an EventSource at 127.0.0.1: the browser says where it came from
    @Test
    void anotherSitesPageCannotUseThePreviewButALinkToItWorks() throws IOException {
        int port = preview.port();
        String crossSite = "Host: 127.0.0.1:" + port + "\r\nSec-Fetch-Site: cross-site\r\nConnection: close\r\n";
        assertEquals(
                403,
                RawHttp.send(
                                port,
                                "GET " + EVENTS + " HTTP/1.1\r\n" + crossSite
                                        + "Sec-Fetch-Mode: cors\r\nSec-Fetch-Dest: empty\r\n\r\n")
                        .status());
        assertEquals(
                403,
                RawHttp.send(
                                port,
                                "GET /assets/search-index.js HTTP/1.1\r\n" + crossSite
                                        + "Sec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: script\r\n\r\n")
                        .status());
        assertEquals(
                200,
                RawHttp.send(
                                port,
                                "GET /index.html HTTP/1.1\r\n" + crossSite
                                        + "Sec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: document\r\n\r\n")
                        .status());
    }

    // Every page opens an event stream and closes it when it goes: the server used to keep each socket for good
    @Test
    void closedEventStreamsAreClosedByTheServerToo() throws Exception {
        try (PreviewProcess serve = PreviewProcess.start(handbook(temp))) {
            long before = serve.openDescriptors();
            for (int round = 0; round < 4; round++) {
                List<Socket> streams = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    Socket stream = openEventStream(serve.port());
                    assertEquals(
                            200, RawHttp.read(stream.getInputStream(), false).status(), "round " + round + ", " + i);
                    streams.add(stream);
                }
                for (Socket stream : streams) {
                    stream.close();
                }
            }
            assertEventually(
                    () -> serve.openDescriptors() <= before + 8,
                    20_000,
                    serve::openDescriptors,
                    "descriptors before the streams: " + before);
            Socket stream = openEventStream(serve.port());
            assertEquals(200, RawHttp.read(stream.getInputStream(), false).status());
            stream.close();
        }
    }

    @Test
    void eventStreamsAreBounded() throws Exception {
        try (PreviewProcess serve = PreviewProcess.start(handbook(temp))) {
            List<Socket> streams = new ArrayList<>();
            int accepted = 0;
            int refused = 0;
            try {
                for (int i = 0; i < 100; i++) {
                    Socket stream = openEventStream(serve.port());
                    streams.add(stream);
                    int status = RawHttp.read(stream.getInputStream(), false).status();
                    accepted += status == 200 ? 1 : 0;
                    refused += status == 503 ? 1 : 0;
                }
            } finally {
                for (Socket stream : streams) {
                    stream.close();
                }
            }
            assertEquals(64, accepted);
            assertEquals(36, refused);
            assertEquals(
                    200, RawHttp.request(serve.port(), "GET", "/index.html").status());
        }
    }

    // Each connection that sent half a request used to hold a thread until it finished (12,000 held 1.1 GB)
    @Test
    void halfSentRequestsHoldNeitherAThreadEachNorTheirSocketForLong() throws Exception {
        try (PreviewProcess serve =
                PreviewProcess.start(handbook(temp), List.of("-Dsun.net.httpserver.maxReqTime=3"))) {
            long threadsBefore = serve.threads();
            long descriptorsBefore = serve.openDescriptors();
            List<Socket> attack = new ArrayList<>();
            try {
                for (int i = 0; i < 2000; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port());
                    socket.getOutputStream()
                            .write(("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-" + i + ": ")
                                    .getBytes(StandardCharsets.US_ASCII));
                    attack.add(socket);
                }
                Thread.sleep(1000);
                assertTrue(
                        serve.threads() <= threadsBefore + THREAD_BOUND,
                        serve.threads() + " threads, " + threadsBefore + " before");
                assertTrue(
                        serve.openDescriptors() <= descriptorsBefore + 300,
                        serve.openDescriptors() + " descriptors, " + descriptorsBefore + " before");
                for (Socket socket : attack.subList(0, 50)) {
                    assertClosedByServer(socket, 15_000);
                }
            } finally {
                for (Socket socket : attack) {
                    socket.close();
                }
            }
            assertEventually(() -> isAnswered(serve.port()), 20_000, serve::threads, "the preview answers again");
            assertTrue(
                    serve.threads() <= threadsBefore + THREAD_BOUND,
                    serve.threads() + " threads, " + threadsBefore + " before");
        }
    }

    // After refusing to build into someone else's folder, the preview used to serve that folder, links and all
    @Test
    void aFolderThePreviewDidNotBuildIsNeverServed() throws Exception {
        Path source = handbook(temp);
        Path secret = Files.writeString(temp.resolve("secret.txt"), "root:x:0:0:the secret");
        Path foreign = Files.createDirectories(source.resolve("target/preview"));
        Files.writeString(foreign.resolve("notes.txt"), "someone's notes");
        Files.writeString(foreign.resolve("index.html"), "<p>someone's page</p>");
        Files.createSymbolicLink(foreign.resolve("passwd"), secret);
        try (PreviewProcess serve = PreviewProcess.start(source)) {
            for (String path : List.of("/passwd", "/notes.txt", "/index.html", "/")) {
                RawHttp.Response response = RawHttp.request(serve.port(), "GET", path);
                assertEquals(503, response.status(), path);
                assertFalse(
                        response.text().contains("secret") || response.text().contains("someone's"), path);
                assertTrue(response.text().contains("holds files that handbook did not write"), response.text());
            }
            assertTrue(
                    serve.log().stream().anyMatch(line -> line.contains("holds files that handbook did not write")),
                    String.join("\n", serve.log()));
        }
        assertEquals("someone's notes", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void linksInsideThePreviewAreNotFollowed() throws Exception {
        Path source = handbook(temp);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "the secret");
        try (PreviewProcess serve = PreviewProcess.start(source)) {
            Path site = source.resolve("target/preview");
            Files.createSymbolicLink(site.resolve("leak.txt"), secret);
            Files.createSymbolicLink(site.resolve("outside"), outside);
            Files.createSymbolicLink(site.resolve("assets/handbook-copy.css"), site.resolve("assets/handbook.css"));
            for (String path : List.of(
                    "/leak.txt",
                    "/outside/secret.txt",
                    "/outside/",
                    "/assets/handbook-copy.css",
                    "/assets/../leak.txt",
                    "/assets/%2e%2e/leak.txt",
                    "/%2E%2E/outside/secret.txt")) {
                RawHttp.Response response = RawHttp.request(serve.port(), "GET", path);
                assertNotEquals(200, response.status(), path);
                assertFalse(response.text().contains("the secret"), path);
            }
            assertEquals(
                    200,
                    RawHttp.request(serve.port(), "GET", "/assets/handbook.css").status());
        }
    }

    private static Socket openEventStream(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(15_000);
        socket.getOutputStream()
                .write(("GET " + EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                + "\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static boolean isAnswered(int port) {
        try {
            return RawHttp.request(port, "GET", "/index.html").status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server ends the connection: end of stream or a reset, not a read that waits on. */
    private static void assertClosedByServer(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // an error page before the close is fine
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a half-sent request open for " + millis + " ms", e);
        } catch (SocketException e) {
            // reset by the server: closed too
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void assertEventually(Check check, long millis, LongSupplierWithIo measure, String what)
            throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (!check.holds()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what + "; now " + measure.get());
            }
            Thread.sleep(200);
        }
    }

    private interface LongSupplierWithIo {
        long get() throws IOException;
    }
}
