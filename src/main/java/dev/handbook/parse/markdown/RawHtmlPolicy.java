package dev.handbook.parse.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list raw HTML passes through ({@code markdown.raw_html: sanitize}), with the OWASP
 * Java HTML Sanitizer: text structure, tables, {@code details}, figures, images, {@code kbd},
 * {@code sup}, ids and classes stay; scripts, event handlers, frames, forms, styles that load
 * anything, and URLs other than relative, http(s), mailto and tel go. A link out of the handbook
 * ({@code http:}, {@code https:}, {@code //host}) carries {@code rel="nofollow"}, as a Markdown one
 * does; any other {@code rel} is dropped.
 */
public final class RawHtmlPolicy {

    private static final Set<String> ELEMENTS = Set.of(
            "a",
            "abbr",
            "article",
            "aside",
            "b",
            "bdi",
            "bdo",
            "blockquote",
            "br",
            "caption",
            "center",
            "cite",
            "code",
            "col",
            "colgroup",
            "dd",
            "del",
            "details",
            "dfn",
            "div",
            "dl",
            "dt",
            "em",
            "figcaption",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "i",
            "img",
            "ins",
            "kbd",
            "li",
            "mark",
            "ol",
            "p",
            "pre",
            "q",
            "rp",
            "rt",
            "ruby",
            "s",
            "samp",
            "section",
            "small",
            "span",
            "strike",
            "strong",
            "sub",
            "summary",
            "sup",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "time",
            "tr",
            "tt",
            "u",
            "ul",
            "var",
            "wbr",
            "svg",
            "path");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS.toArray(String[]::new))
            .allowAttributes(
                    "id",
                    "class",
                    "title",
                    "lang",
                    "dir",
                    "role",
                    "aria-label",
                    "aria-hidden",
                    "aria-describedby",
                    "aria-labelledby")
            .globally()
            .allowElements(RawHtmlPolicy::relOfLink, "a")
            .allowAttributes("href", "name")
            .onElements("a")
            .allowAttributes("src", "alt", "width", "height", "loading")
            .onElements("img")
            .allowAttributes("align")
            .onElements("p", "div", "img", "table", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("colspan", "rowspan", "scope", "headers", "valign")
            .onElements("td", "th")
            .allowAttributes("span")
            .onElements("col", "colgroup")
            .allowAttributes("border", "cellpadding", "cellspacing", "width")
            .onElements("table")
            .allowAttributes("start", "reversed", "type")
            .onElements("ol")
            .allowAttributes("value")
            .onElements("li")
            .allowAttributes("open")
            .onElements("details")
            .allowAttributes("datetime")
            .onElements("time", "del", "ins")
            .allowAttributes("cite")
            .onElements("blockquote", "q", "del", "ins")
            .allowAttributes("viewBox", "width", "height", "fill")
            .onElements("svg")
            .allowAttributes("d", "fill", "fill-rule")
            .onElements("path")
            .allowStandardUrlProtocols()
            .allowUrlProtocols("tel")
            .allowStyling()
            .toFactory();

    private RawHtmlPolicy() {}

    /** The {@code a} element as it stays, with {@code rel="nofollow"} when it leads out of the handbook. */
    private static String relOfLink(String element, List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("href") && NodeAttributesProvider.external(attributes.get(i + 1))) {
                attributes.add("rel");
                attributes.add("nofollow");
                break;
            }
        }
        return element;
    }

    /** The HTML with everything the allow-list does not name taken out. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Whether the element survives sanitising (so its id is still a link target). */
    static boolean keeps(String element) {
        return ELEMENTS.contains(element.toLowerCase(Locale.ROOT));
    }
}
