package dev.handbook.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a baked site over HTTP, by default on loopback only, and tells open pages to reload
 * through server-sent events at {@code /__handbook/events}. It serves nothing until told that
 * the site folder holds a site the preview built ({@link #serveSite}); until then every request
 * gets a page saying why there is none. What a request may hold of the machine is bounded by
 * {@link ServerLimits}.
 */
public final class SiteServer implements AutoCloseable {

    /** The page served, with status 404, for an address the site has nothing at (render's SitePlan.NOT_FOUND_PAGE). */
    static final String NOT_FOUND_PAGE = "404.html";

    static final String EVENTS = "/__handbook/events";

    static {
        ServerLimits.applyToJdkServer();
    }

    private final SiteFiles files;
    private final HttpServer server;
    private final ThreadPoolExecutor threads;
    private final Watchdog watchdog = new Watchdog();
    private final EventStreams streams = new EventStreams(watchdog);
    private volatile String withheldBecause = "the preview has not built the site yet";

    public SiteServer(Path site, String host, int port) throws IOException {
        this.files = new SiteFiles(site);
        this.server = HttpServer.create(new InetSocketAddress(host, port), ServerLimits.BACKLOG);
        RequestGuard guard = new RequestGuard(new AllowedHosts(host));
        HttpContext pages = server.createContext("/", this::serveFile);
        HttpContext events = server.createContext(EVENTS, this::serveEvents);
        pages.getFilters().add(guard);
        events.getFilters().add(guard);
        this.threads = threadPool();
        server.setExecutor(exchange -> threads.execute(() -> watchdog.run(ServerLimits.EXCHANGE_TIME, exchange)));
        server.start();
    }

    private static ThreadPoolExecutor threadPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                ServerLimits.THREADS,
                ServerLimits.THREADS,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(ServerLimits.WAITING),
                runnable -> {
                    Thread thread = new Thread(runnable, "handbook-preview-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The address the server listens on, e.g. http://127.0.0.1:8080/ (an IPv6 address in brackets) */
    public String address() {
        InetSocketAddress address = server.getAddress();
        String host = address.getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    /** From now on the site folder holds a site the preview built, and is served. */
    public void serveSite() {
        withheldBecause = null;
    }

    /** The site folder is not served; every page says this instead. */
    public void withholdSite(String reason) {
        withheldBecause = reason;
    }

    /** Tells every open page to reload. */
    public void reloadPages() {
        streams.reload();
    }

    private void serveEvents(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getRawPath().equals(EVENTS)) {
            serveFile(exchange);
            return;
        }
        try (exchange) {
            streams.serve(exchange);
        }
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            String withheld = withheldBecause;
            if (withheld != null) {
                NoSitePage.reply(withheld).send(exchange);
                return;
            }
            SiteFiles.Found found = files.find(exchange.getRequestURI().getRawPath());
            switch (found.kind()) {
                case FILE -> send(exchange, found.file(), 200);
                case FOLDER_WITHOUT_SLASH ->
                    Reply.text(301, "moved")
                            .with("Location", exchange.getRequestURI().getRawPath() + "/")
                            .send(exchange);
                default -> notFound(exchange);
            }
        }
    }

    /** The site's own 404.html with status 404, or a plain "Not found" when the site has none. */
    private void notFound(HttpExchange exchange) throws IOException {
        SiteFiles.Found page = files.find("/" + NOT_FOUND_PAGE);
        if (page.kind() == SiteFiles.Found.Kind.FILE) {
            send(exchange, page.file(), 404);
        } else {
            Reply.text(404, "Not found").send(exchange);
        }
    }

    /** A file of the site, opened without following a link, in one piece. */
    private static void send(HttpExchange exchange, Path file, int status) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            exchange.getResponseHeaders().set("Content-Type", SiteFiles.type(file));
            exchange.getResponseHeaders().set("Content-Security-Policy", SiteFiles.policy(file));
            long size = channel.size();
            if (exchange.getRequestMethod().equals("HEAD")) {
                Reply.sendHeadersOnly(exchange, status, size);
                return;
            }
            exchange.sendResponseHeaders(status, size == 0 ? -1 : size);
            try (OutputStream out = exchange.getResponseBody()) {
                channel.transferTo(0, size, Channels.newChannel(out));
            }
        } catch (FileSystemException e) {
            Reply.text(404, "Not found").send(exchange);
        }
    }

    @Override
    public void close() {
        streams.close();
        server.stop(0);
        threads.shutdownNow();
        watchdog.close();
    }

    /** The page shown while there is no site of the preview's own to show: why, and it looks again by itself. */
    private static final class NoSitePage {

        static Reply reply(String reason) {
            String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"2\"><title>No preview yet</title></head>\n"
                    + "<body><h1>No preview yet</h1>\n<p>" + escape(reason) + "</p>\n"
                    + "<p>This page looks again every two seconds.</p></body></html>\n";
            return new Reply(
                    503, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "2"));
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }
    }
}
