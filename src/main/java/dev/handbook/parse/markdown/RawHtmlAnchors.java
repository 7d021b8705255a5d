package dev.handbook.parse.markdown;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link targets raw HTML defines: every {@code id}, and the {@code name} of an {@code <a>}.
 * When raw HTML is sanitised, only those of elements the allow-list keeps.
 */
public final class RawHtmlAnchors {

    private static final Pattern TAG = Pattern.compile("<([A-Za-z][\\w-]*)(\\s[^<>]*)?>");
    private static final Pattern ID_OR_NAME = Pattern.compile(
            "(?:^|\\s)(id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))", Pattern.CASE_INSENSITIVE);

    private final boolean sanitized;

    /** @param sanitized whether the HTML is published through {@link RawHtmlPolicy} */
    public RawHtmlAnchors(boolean sanitized) {
        this.sanitized = sanitized;
    }

    /** Adds the anchors of one piece of raw HTML. */
    public void collect(String html, Collection<String> anchors) {
        if (html.indexOf('=') < 0) {
            return;
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            if (tag.group(2) == null || sanitized && !RawHtmlPolicy.keeps(element)) {
                continue;
            }
            Matcher attribute = ID_OR_NAME.matcher(tag.group(2));
            while (attribute.find()) {
                boolean id = attribute.group(1).equalsIgnoreCase("id");
                String value = attribute.group(2) != null
                        ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                if ((id || element.equals("a")) && !value.isEmpty()) {
                    anchors.add(value);
                }
            }
        }
    }
}
