package dev.handbook.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * What every request passes before it reaches the site: it must be addressed to a name the
 * preview answers to ({@link AllowedHosts}), come from the preview's own pages or a link the
 * user followed (a browser says so in {@code Sec-Fetch-Site}), and read rather than write (GET or
 * HEAD). Every answer says not to guess its type and not to be used by other sites' pages.
 */
final class RequestGuard extends Filter {

    private final AllowedHosts hosts;

    RequestGuard(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        String method = exchange.getRequestMethod();
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            refuse(exchange, Reply.text(400, "a request needs a Host header"));
        } else if (!hosts.allows(host)) {
            refuse(
                    exchange,
                    Reply.text(
                            403,
                            "this preview answers to localhost, to an IP address and to the name "
                                    + "given with --host, not to the name this request was sent to"));
        } else if (fromAnotherSite(exchange)) {
            refuse(exchange, Reply.text(403, "this preview is not for other sites' pages to use"));
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            refuse(
                    exchange,
                    Reply.text(405, "the preview only answers GET and HEAD").with("Allow", "GET, HEAD"));
        } else {
            chain.doFilter(exchange);
        }
    }

    /** A page of another site fetching from the preview; following a link to it is fine. */
    private static boolean fromAnotherSite(HttpExchange exchange) {
        return "cross-site".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Sec-Fetch-Site"))
                && !"navigate".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Sec-Fetch-Mode"));
    }

    private static void refuse(HttpExchange exchange, Reply reply) throws IOException {
        try (exchange) {
            reply.with("Connection", "close").send(exchange);
        }
    }

    @Override
    public String description() {
        return "answers only GET and HEAD requests for the preview's own names, from its own pages";
    }
}
