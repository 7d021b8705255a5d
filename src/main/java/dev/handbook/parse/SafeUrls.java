package dev.handbook.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/** Lets relative links and http(s), mailto and tel URLs through; neutralises javascript:, data: and the rest. */
public final class SafeUrls implements UrlSanitizer {

    private static final Pattern CONTROLS_AND_SPACES = Pattern.compile("[\\u0000-\\u0020\\u007F]");
    private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

    @Override
    public String sanitizeLinkUrl(String url) {
        return isSafe(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return isSafe(url) ? url : "";
    }

    /** The URL when it is safe to publish as a link, else "". */
    public static String filter(String url) {
        return isSafe(url) ? url.strip() : "";
    }

    static boolean isSafe(String url) {
        String cleaned = CONTROLS_AND_SPACES.matcher(url).replaceAll("");
        Matcher scheme = SCHEME.matcher(cleaned);
        return !scheme.find() || ALLOWED.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }
}
