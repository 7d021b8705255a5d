package dev.handbook.parse.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSX component tag: {@code <Name attr="text" other={expression} flag {...spread}>},
 * {@code </Name>} or {@code <Name />}. A component's name starts with a capital letter and is not
 * an HTML element's ({@code <BR>} and {@code <Details>} are HTML, as browsers read them).
 */
final class JsxTagReader {

    /** A tag read; {@code complete} is false when the text ended inside it (it goes on on the next line). */
    record Tag(String name, JsxTag.Kind kind, Map<String, String> attributes, boolean complete) {}

    private static final Set<String> HTML_ELEMENTS = Set.of(
            "a",
            "abbr",
            "address",
            "area",
            "article",
            "aside",
            "audio",
            "b",
            "base",
            "bdi",
            "bdo",
            "blockquote",
            "body",
            "br",
            "button",
            "canvas",
            "caption",
            "center",
            "cite",
            "code",
            "col",
            "colgroup",
            "data",
            "datalist",
            "dd",
            "del",
            "details",
            "dfn",
            "dialog",
            "div",
            "dl",
            "dt",
            "em",
            "embed",
            "fieldset",
            "figcaption",
            "figure",
            "font",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "head",
            "header",
            "hr",
            "html",
            "i",
            "iframe",
            "img",
            "input",
            "ins",
            "kbd",
            "label",
            "legend",
            "li",
            "link",
            "main",
            "map",
            "mark",
            "menu",
            "meta",
            "meter",
            "nav",
            "noscript",
            "object",
            "ol",
            "optgroup",
            "option",
            "output",
            "p",
            "param",
            "picture",
            "pre",
            "progress",
            "q",
            "rp",
            "rt",
            "ruby",
            "s",
            "samp",
            "script",
            "section",
            "select",
            "small",
            "source",
            "span",
            "strike",
            "strong",
            "style",
            "sub",
            "summary",
            "sup",
            "svg",
            "table",
            "tbody",
            "td",
            "template",
            "textarea",
            "tfoot",
            "th",
            "thead",
            "time",
            "title",
            "tr",
            "track",
            "tt",
            "u",
            "ul",
            "var",
            "video",
            "wbr");

    private JsxTagReader() {}

    /** Whether a tag may start here: {@code <} then a capital letter, or {@code </} then one. */
    static boolean startsTag(CharSequence text, int at) {
        int name = at + 1 < text.length() && text.charAt(at + 1) == '/' ? at + 2 : at + 1;
        return text.charAt(at) == '<' && name < text.length() && isUpper(text.charAt(name));
    }

    /** The tag at the cursor (on its {@code <}), or null when there is none. */
    static Tag read(Cursor in) {
        in.advance();
        boolean closing = in.peek() == '/';
        if (closing) {
            in.advance();
        }
        String name = name(in);
        if (name == null) {
            return null;
        }
        if (closing) {
            skipSpace(in);
            if (in.peek() == '>') {
                in.advance();
                return new Tag(name, JsxTag.Kind.CLOSE, Map.of(), true);
            }
            return in.peek() == Cursor.END ? new Tag(name, JsxTag.Kind.CLOSE, Map.of(), false) : null;
        }
        return attributes(in, name);
    }

    private static Tag attributes(Cursor in, String name) {
        Map<String, String> attributes = new LinkedHashMap<>();
        while (true) {
            boolean spaced = skipSpace(in);
            char c = in.peek();
            if (c == Cursor.END) {
                return new Tag(name, JsxTag.Kind.OPEN, attributes, false);
            }
            if (c == '>' || c == '/') {
                return end(in, name, attributes);
            }
            if (!spaced) {
                return null;
            }
            if (c == '{') {
                Braces.Result spread = Braces.skip(in);
                if (spread != Braces.Result.BALANCED) {
                    return spread == Braces.Result.ENDED ? new Tag(name, JsxTag.Kind.OPEN, attributes, false) : null;
                }
                continue;
            }
            if (!attribute(in, attributes)) {
                return in.peek() == Cursor.END ? new Tag(name, JsxTag.Kind.OPEN, attributes, false) : null;
            }
        }
    }

    private static Tag end(Cursor in, String name, Map<String, String> attributes) {
        if (in.peek() == '/') {
            in.advance();
            if (in.peek() != '>') {
                return null;
            }
            in.advance();
            return new Tag(name, JsxTag.Kind.SELF_CLOSING, attributes, true);
        }
        in.advance();
        return new Tag(name, JsxTag.Kind.OPEN, attributes, true);
    }

    private static boolean attribute(Cursor in, Map<String, String> attributes) {
        StringBuilder key = new StringBuilder();
        while (Character.isLetterOrDigit(in.peek()) || "_:.-".indexOf(in.peek()) >= 0) {
            key.append(in.peek());
            in.advance();
        }
        if (key.isEmpty()) {
            return false;
        }
        skipSpace(in);
        if (in.peek() != '=') {
            attributes.put(key.toString(), "true");
            return true;
        }
        in.advance();
        skipSpace(in);
        String value = value(in);
        if (value == null) {
            return false;
        }
        attributes.put(key.toString(), value);
        return true;
    }

    /** A quoted value without its quotes, or an expression with its braces. */
    private static String value(Cursor in) {
        char quote = in.peek();
        if (quote == '{') {
            StringBuilder expression = new StringBuilder();
            return Braces.skip(in, expression) == Braces.Result.BALANCED ? expression.toString() : null;
        }
        if (quote != '"' && quote != '\'') {
            return null;
        }
        in.advance();
        StringBuilder value = new StringBuilder();
        while (in.peek() != quote) {
            if (in.peek() == Cursor.END) {
                return null;
            }
            value.append(in.peek());
            in.advance();
        }
        in.advance();
        return value.toString();
    }

    private static String name(Cursor in) {
        if (!isUpper(in.peek())) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        while (Character.isLetterOrDigit(in.peek()) || in.peek() == '_' || in.peek() == '.') {
            name.append(in.peek());
            in.advance();
        }
        String read = name.toString();
        return HTML_ELEMENTS.contains(read.toLowerCase(Locale.ROOT)) ? null : read;
    }

    private static boolean skipSpace(Cursor in) {
        boolean skipped = false;
        while (in.peek() == ' ' || in.peek() == '\t' || in.peek() == '\n') {
            in.advance();
            skipped = true;
        }
        return skipped;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
