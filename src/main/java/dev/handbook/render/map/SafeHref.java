package dev.handbook.render.map;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lets relative links and http(s), mailto and tel URLs through; javascript:, data:, vbscript: and the rest become "". */
final class SafeHref {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\u0000-\\u0020\\u007F]");
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

    private SafeHref() {
    }

    static String of(String href) {
        // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:" still runs.
        String cleaned = IGNORED_BY_BROWSERS.matcher(href).replaceAll("");
        Matcher scheme = SCHEME.matcher(cleaned);
        boolean safe = !scheme.find() || ALLOWED.contains(scheme.group(1).toLowerCase(Locale.ROOT));
        return safe ? href.strip() : "";
    }
}
