package dev.handbook.render.search;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One page as the site search sees it. Valid on construction: {@code url} is relative to the site
 * root (no leading slash, no scheme), so the browser prefixes it with the page's {@code data-root}.
 *
 * @param url      site-root-relative page address, e.g. {@code products/tidegauge.html}
 * @param kind     {@value #PRODUCT} or {@value #GUIDE}
 * @param mission  the product's mission, or a guide's description; may be empty
 * @param headings the body's headings in order
 * @param text     the body's plain text; {@link SearchIndex} keeps only its start
 * @param level    a product's declared maturity level, or ""
 * @param facts    a product's other characteristics as "label: value" lines (owner, interfaces, loop, ...)
 */
public record SearchEntry(
        String title,
        String url,
        String kind,
        String mission,
        List<String> tags,
        List<String> headings,
        String text,
        String level,
        List<String> facts) {

    public static final String PRODUCT = "product";
    public static final String GUIDE = "guide";

    /** An entry without level or facts: a guide page. */
    public SearchEntry(
            String title,
            String url,
            String kind,
            String mission,
            List<String> tags,
            List<String> headings,
            String text) {
        this(title, url, kind, mission, tags, headings, text, "", List.of());
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    public SearchEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        tags = List.copyOf(tags);
        facts = List.copyOf(facts);
        headings = List.copyOf(headings);
        if (url.isBlank()
                || url.startsWith("/")
                || url.contains("\\")
                || SCHEME.matcher(url).find()) {
            throw new IllegalArgumentException("url must be relative to the site root: " + url);
        }
        if (!kind.equals(PRODUCT) && !kind.equals(GUIDE)) {
            throw new IllegalArgumentException("kind must be product or guide: " + kind);
        }
    }
}
