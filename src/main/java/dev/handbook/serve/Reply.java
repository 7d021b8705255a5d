package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer the preview makes itself (an error, a refusal, the page shown while there is no
 * site): status, type, body and any extra headers. To a HEAD request it sends the headers alone.
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    Reply {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    static Reply text(int status, String text) {
        return new Reply(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
    }

    Reply with(String header, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(header, value);
        return new Reply(status, contentType, body, more);
    }

    void send(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Content-Security-Policy", SiteFiles.LOCKED_DOWN);
        headers.forEach(exchange.getResponseHeaders()::set);
        if (exchange.getRequestMethod().equals("HEAD")) {
            sendHeadersOnly(exchange, status, body.length);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * The headers a GET would get, length included, and no body. The JDK server wants -1 for a
     * HEAD request's length (it warns on the terminal otherwise), so the length goes in by hand.
     */
    static void sendHeadersOnly(HttpExchange exchange, int status, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
