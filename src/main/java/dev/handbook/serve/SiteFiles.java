package dev.handbook.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The files of the baked site a request may name: regular files reached from the site folder
 * through real folders only. A symbolic link anywhere on the way, a hidden name, {@code ..} and
 * anything that is not a regular file (a FIFO, a device) are answered as missing, so nothing
 * outside the site folder is ever read, wherever a link in it leads.
 */
final class SiteFiles {

    /** For anything but the site's pages: no script, no plugin, no frame, nothing fetched. */
    static final String LOCKED_DOWN = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
    /** The site's pages bring their own policy (a meta tag); the preview only keeps other sites from framing them. */
    static final String PAGES = "frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("yaml", "text/plain; charset=utf-8"),
            Map.entry("dot", "text/plain; charset=utf-8"));

    /** What a request path names: a file, a folder asked for without its closing slash, or nothing. */
    record Found(Kind kind, Path file) {

        enum Kind {
            FILE,
            FOLDER_WITHOUT_SLASH,
            NOTHING
        }

        static final Found NOTHING = new Found(Kind.NOTHING, null);

        Found {
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @param rawPath the request's path, percent escapes and all */
    Found find(String rawPath) {
        String path = decode(rawPath);
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return Found.NOTHING;
        }
        boolean folderAsked = path.endsWith("/");
        String[] names = path.substring(1).split("/");
        Path current = root;
        if (!isFolder(current)) {
            return Found.NOTHING;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty() && i == names.length - 1) {
                break;
            }
            if (names[i].isEmpty() || names[i].startsWith(".")) {
                return Found.NOTHING;
            }
            current = current.resolve(names[i]);
            BasicFileAttributes attributes = attributes(current);
            if (attributes == null || !(attributes.isDirectory() || attributes.isRegularFile())) {
                return Found.NOTHING;
            }
            if (attributes.isRegularFile()) {
                return i == names.length - 1 && !folderAsked ? new Found(Found.Kind.FILE, current) : Found.NOTHING;
            }
        }
        if (!folderAsked) {
            return new Found(Found.Kind.FOLDER_WITHOUT_SLASH, current);
        }
        Path index = current.resolve("index.html");
        BasicFileAttributes attributes = attributes(index);
        return attributes != null && attributes.isRegularFile() ? new Found(Found.Kind.FILE, index) : Found.NOTHING;
    }

    /** The Content-Type of a file, by its extension; unknown ones are plain bytes. */
    static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The Content-Security-Policy a file is served with. */
    static String policy(Path file) {
        return type(file).startsWith("text/html") ? PAGES : LOCKED_DOWN;
    }

    private boolean isFolder(Path path) {
        BasicFileAttributes attributes = attributes(path);
        return attributes != null && attributes.isDirectory();
    }

    /** The entry's own attributes: a link is a link, never what it points to. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String decode(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
