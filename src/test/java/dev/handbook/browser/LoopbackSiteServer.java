package dev.handbook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A static file server for a baked site, bound to 127.0.0.1 on an ephemeral port. It serves the
 * file types a site holds, answers 404 for anything else (missing files, unknown types, paths
 * that would leave the root) and records every request it answers.
 */
final class LoopbackSiteServer implements AutoCloseable {

    /** One answered request: the decoded path (no query) and the status sent. */
    record Request(String path, int status) {

        Request {
            Objects.requireNonNull(path, "path");
        }
    }

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "yaml", "text/plain; charset=utf-8",
            "dot", "text/plain; charset=utf-8");

    private final Path root;
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LoopbackSiteServer(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    static LoopbackSiteServer serve(Path root) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackSiteServer site = new LoopbackSiteServer(root.toRealPath(), http);
            http.createContext("/", site::handle);
            http.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "http://127.0.0.1:PORT/". */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The paths answered with 200, in order. */
    List<String> servedPaths() {
        return requests.stream()
                .filter(r -> r.status() == 200)
                .map(Request::path)
                .toList();
    }

    /**
     * Waits until no request has arrived for {@code quiet} (the browser's late fetches, such as
     * its favicon probe, are done), or until {@code limit} has passed.
     */
    void awaitQuiet(Duration quiet, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int seen = requests.size();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quiet.toNanos() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(25));
            if (requests.size() != seen) {
                seen = requests.size();
                quietSince = System.nanoTime();
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the browser", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Optional<Path> file = fileFor(path);
            Optional<String> type = file.flatMap(LoopbackSiteServer::contentType);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, path, 405, null, null);
            } else if (type.isEmpty()) {
                send(exchange, path, 404, null, null);
            } else {
                send(exchange, path, 200, type.get(), method.equals("GET") ? Files.readAllBytes(file.get()) : null);
            }
        }
    }

    private void send(HttpExchange exchange, String path, int status, String type, byte[] body) throws IOException {
        requests.add(new Request(path == null ? "" : path, status));
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The regular file a request path names inside the root; empty if none or outside the root. */
    Optional<Path> fileFor(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        try {
            Path candidate = root.resolve(relative).normalize();
            if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(CONTENT_TYPES.get(extension));
    }
}
