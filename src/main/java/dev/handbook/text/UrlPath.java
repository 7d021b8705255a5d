package dev.handbook.text;

import java.nio.charset.StandardCharsets;

/**
 * A file path as the path of a URL: each segment percent-encoded (as UTF-8), the slashes kept.
 * A page's file name may hold {@code #}, {@code ?}, {@code %}, spaces or {@code :}; written raw
 * into an href, they would make a fragment, a query, an escape or a scheme of it.
 */
public final class UrlPath {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPath() {}

    /** The path, encoded; the same string when nothing in it needs encoding (the common case). */
    public static String encode(String path) {
        return isPlain(path, 0)
                ? path
                : encode(new StringBuilder(path.length() + 16), path, 0).toString();
    }

    /** Appends {@code path} from {@code start} on, encoded, to {@code out}. */
    public static StringBuilder encode(StringBuilder out, String path, int start) {
        if (isPlain(path, start)) {
            return out.append(path, start, path.length());
        }
        for (int i = start; i < path.length(); i++) {
            char c = path.charAt(i);
            if (isKept(c)) {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
            for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
            i = end - 1;
        }
        return out;
    }

    private static boolean isPlain(String path, int start) {
        for (int i = start; i < path.length(); i++) {
            if (!isKept(path.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits, {@code -._~}, the sub-delimiters and {@code @} stand for themselves in a path; so does the slash. */
    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '/'
                || "-._~!$&'()*+,;=@".indexOf(c) >= 0;
    }
}
