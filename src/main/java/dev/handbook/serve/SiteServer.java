package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a baked site over HTTP, by default on loopback only, and tells open pages to reload
 * through server-sent events at {@code /__handbook/events}.
 */
public final class SiteServer implements AutoCloseable {

    static final String EVENTS = "/__handbook/events";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "yaml", "text/plain; charset=utf-8", "dot", "text/plain; charset=utf-8");

    private final Path site;
    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    public SiteServer(Path site, String host, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::serveFile);
        server.createContext(EVENTS, this::subscribe);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "handbook-preview");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The address the server listens on, e.g. http://127.0.0.1:8080/ */
    public String address() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getHostString() + ":" + address.getPort() + "/";
    }

    /** Tells every open page to reload; pages whose connection has gone are forgotten. */
    public void reloadPages() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("event: reload\ndata: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = resolve(exchange.getRequestURI().getRawPath());
            if (file == null || !Files.isRegularFile(file)) {
                byte[] missing = "Not found".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, missing.length);
                exchange.getResponseBody().write(missing);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type(file));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** A request path inside the site, or null; folders mean their index.html. */
    private Path resolve(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Path file = site.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // the page has gone already
            }
        }
        server.stop(0);
    }
}
