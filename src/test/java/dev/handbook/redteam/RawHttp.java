package dev.handbook.redteam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 over a plain socket, byte for byte as written: what an attacking client sends. */
final class RawHttp {

    /** A response as read off the wire: status, headers (names lower-cased) and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {}

    /** Sends a GET for {@code path} with this Host header (none when null) and reads the whole answer. */
    static Response get(int port, String path, String host) throws IOException {
        return send(
                port,
                "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                        + "Connection: close\r\n\r\n");
    }

    /** A request with the loopback Host header a browser sends. */
    static Response request(int port, String method, String path) throws IOException {
        return send(
                port,
                method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                        + "Content-Length: 0\r\n\r\n");
    }

    /** Sends the request text as it is and reads until the server closes the connection. */
    static Response send(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), !request.startsWith("HEAD "));
        }
    }

    /** The status line and headers of a response, and its body when it has a length or ends with the connection. */
    static Response read(InputStream in, boolean withBody) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        if (!withBody) {
            return new Response(status, headers, new byte[0]);
        }
        String length = headers.get("content-length");
        byte[] body = length != null
                ? in.readNBytes(Integer.parseInt(length))
                : "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new byte[0] : in.readAllBytes();
        return new Response(status, headers, body);
    }

    /** One CRLF-ended line, without its end; null at the end of the stream. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
