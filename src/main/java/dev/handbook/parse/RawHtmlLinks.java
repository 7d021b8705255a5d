package dev.handbook.parse;

import dev.handbook.diag.Position;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of raw HTML in Markdown, {@code <a href>} and {@code <img src>}: collected to be
 * checked like Markdown links, and rewritten in place like them.
 */
final class RawHtmlLinks {

    private static final Pattern TAG = Pattern.compile("<(a|img)(\\s[^<>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile(
            "(\\s(href|src)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))", Pattern.CASE_INSENSITIVE);

    private RawHtmlLinks() {}

    /**
     * @param at where the HTML starts in the file
     * @return the HTML with every link's destination rewritten, the links added to {@code links}
     */
    static String collect(String html, Position at, UnaryOperator<String> rewrite, List<BodyLink> links) {
        if (html.indexOf('=') < 0) {
            return html;
        }
        Matcher tag = TAG.matcher(html);
        StringBuilder out = null;
        int copied = 0;
        while (tag.find()) {
            boolean image = tag.group(1).equalsIgnoreCase("img");
            String wanted = image ? "src" : "href";
            Matcher url = URL.matcher(tag.group(2));
            while (url.find()) {
                if (!url.group(2).toLowerCase(Locale.ROOT).equals(wanted)) {
                    continue;
                }
                int group = url.group(3) != null ? 3 : url.group(4) != null ? 4 : 5;
                String written = url.group(group);
                String destination = written.indexOf('&') < 0 ? written : unescaped(written);
                if (destination.isBlank()) {
                    continue;
                }
                links.add(new BodyLink(destination, position(html, tag.start(), at), image));
                String rewritten = rewrite.apply(destination);
                if (!rewritten.equals(destination)) {
                    out = out == null ? new StringBuilder(html.length() + 16) : out;
                    int valueStart = tag.start(2) + url.start(1) + url.group(1).length();
                    out.append(html, copied, valueStart)
                            .append('"')
                            .append(escaped(rewritten))
                            .append('"');
                    copied = tag.start(2) + url.end();
                }
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The entities a URL in an attribute is written with; others stay as written. */
    private static String unescaped(String value) {
        return value.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String escaped(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static Position position(String html, int offset, Position at) {
        int line = at.line();
        int lineStart = -1;
        for (int i = html.indexOf('\n'); i >= 0 && i < offset; i = html.indexOf('\n', i + 1)) {
            line++;
            lineStart = i;
        }
        int column = lineStart < 0 ? at.column() + offset : offset - lineStart;
        return new Position(line, column);
    }
}
