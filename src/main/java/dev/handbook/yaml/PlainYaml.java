package dev.handbook.yaml;

import dev.handbook.diag.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast reader for the plain YAML most front matter is written in: a block mapping of word keys
 * whose values are one-line plain scalars, one-line flow lists of plain scalars, nested block
 * mappings, or block lists of plain scalars and of block mappings. Where it accepts a text it
 * gives exactly the tree {@link YamlReader} builds through SnakeYAML (texts, kinds, positions,
 * order); anything else, including whatever SnakeYAML would report, it declines, and the caller
 * falls back to SnakeYAML. It never reports and never throws.
 */
final class PlainYaml {

    private static final int MAX_CHARS = YamlReader.MAX_CODE_POINTS / 10;
    private static final int MAX_DEPTH = YamlReader.MAX_DEPTH / 2;
    /** SnakeYAML refuses a key longer than 1024 characters; real keys are far shorter. */
    private static final int MAX_KEY_LENGTH = 128;
    /** Characters that make SnakeYAML read something other than a plain scalar when they start a value. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** Characters a plain scalar inside {@code [...]} may not contain here (flow indicators, quotes, comments). */
    private static final String FLOW_EXCLUDED = ",[]{}:?#'\"";
    /** A Resolver is not documented as thread-safe; builds read pages on several threads. */
    private static final ThreadLocal<KnownResolver> RESOLVER = ThreadLocal.withInitial(KnownResolver::new);
    /** Thrown to decline, which is routine: shared, and without a stack trace. */
    private static final RuntimeException DECLINE = new RuntimeException("not plain YAML", null, false, false) {};

    private final String text;
    /** The text again: scanning a char array is far cheaper than String.charAt until C2 compiles the scan. */
    private final char[] chars;

    private final int firstLine;
    private final KnownResolver resolver = RESOLVER.get();
    private final List<Line> lines;
    private int next;

    private PlainYaml(String text, int firstLine) {
        if (text.length() > MAX_CHARS) {
            throw DECLINE;
        }
        this.text = text;
        this.chars = text.toCharArray();
        this.firstLine = firstLine;
        this.lines = lines(chars);
    }

    /** The document's root map, or empty when the text is outside the plain subset. */
    static Optional<YamlNode> read(String yaml, int firstLine) {
        try {
            return Optional.of(new PlainYaml(yaml, firstLine).document());
        } catch (RuntimeException e) {
            // DECLINE, or a case not foreseen: either way SnakeYAML decides
            return Optional.empty();
        }
    }

    /**
     * One significant line (not blank, not a comment). {@code column} is where its content starts;
     * for {@code - key: value} it moves from the dash to the key once the list item is taken.
     */
    private static final class Line {
        final int number;
        final int start;
        final int end;
        int column;

        Line(int number, int start, int end, int column) {
            this.number = number;
            this.start = start;
            this.end = end;
            this.column = column;
        }

        int content() {
            return start + column;
        }
    }

    private static List<Line> lines(char[] chars) {
        List<Line> lines = new ArrayList<>();
        for (int number = 0, start = 0; start <= chars.length; number++) {
            int newline = start;
            while (newline < chars.length && chars[newline] != '\n') {
                if (!allowed(chars[newline])) {
                    throw DECLINE;
                }
                newline++;
            }
            int end = newline;
            while (end > start && chars[end - 1] == ' ') {
                end--;
            }
            int content = start;
            while (content < end && chars[content] == ' ') {
                content++;
            }
            if (content < end && chars[content] != '#') {
                lines.add(new Line(number, start, end, content - start));
            }
            start = newline + 1;
        }
        return lines;
    }

    /**
     * Within a line: printable characters that SnakeYAML counts as one column each and reads as plain
     * text. No tab, no CR, no BOM, no surrogate (SnakeYAML counts code points), no NEL/LS/PS (line breaks to it).
     */
    private static boolean allowed(char c) {
        return (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private YamlNode document() {
        if (lines.isEmpty() || lines.get(0).column != 0) {
            throw DECLINE;
        }
        YamlMap root = map(0, 1);
        if (next != lines.size()) {
            throw DECLINE;
        }
        return root;
    }

    private YamlMap map(int column, int depth) {
        checkDepth(depth);
        Position position = position(lines.get(next), column);
        List<YamlEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (next < lines.size()) {
            Line line = lines.get(next);
            if (line.column < column) {
                break;
            }
            if (line.column > column) {
                throw DECLINE;
            }
            if (isItem(line)) {
                break;
            }
            int colon = colon(line);
            String key = text.substring(line.content(), colon);
            if (!keys.add(key)) {
                throw DECLINE;
            }
            next++;
            entries.add(new YamlEntry(key, position(line, column), value(line, colon, depth)));
        }
        return new YamlMap(entries, position);
    }

    /** The value after {@code key:}: on the same line, on the deeper (or list) lines below, or null. */
    private YamlNode value(Line line, int colon, int depth) {
        int start = skipSpaces(colon + 1, line.end);
        if (start < line.end) {
            return chars[start] == '[' ? flowList(line, start, depth + 1) : scalar(line, start, line.end, false);
        }
        if (next < lines.size()) {
            Line below = lines.get(next);
            if (below.column > line.column) {
                return isItem(below) ? list(below.column, depth + 1) : map(below.column, depth + 1);
            }
            // SnakeYAML also takes a list at the key's own indentation as the key's value
            if (below.column == line.column && isItem(below)) {
                return list(below.column, depth + 1);
            }
        }
        // SnakeYAML places the empty value just after the colon
        return new YamlScalar("", kind(""), position(line, colon + 1 - line.start));
    }

    private YamlList list(int column, int depth) {
        checkDepth(depth);
        Position position = position(lines.get(next), column);
        List<YamlNode> items = new ArrayList<>();
        while (next < lines.size()) {
            Line line = lines.get(next);
            if (line.column < column || (line.column == column && !isItem(line))) {
                break;
            }
            if (line.column > column) {
                throw DECLINE;
            }
            int start = skipSpaces(line.content() + 1, line.end);
            if (start == line.end) {
                throw DECLINE;
            }
            if (keyEnd(start, line.end) >= 0) {
                line.column = start - line.start;
                items.add(map(line.column, depth + 1));
            } else {
                next++;
                items.add(scalar(line, start, line.end, false));
            }
        }
        return new YamlList(items, position);
    }

    /** {@code [a, b]} as the rest of the line. */
    private YamlList flowList(Line line, int open, int depth) {
        checkDepth(depth);
        int close = line.end - 1;
        if (chars[close] != ']') {
            throw DECLINE;
        }
        List<YamlNode> items = new ArrayList<>();
        if (skipSpaces(open + 1, close) < close) {
            int from = open + 1;
            while (from <= close) {
                int comma = text.indexOf(',', from);
                int to = comma < 0 || comma > close ? close : comma;
                int start = skipSpaces(from, to);
                int end = to;
                while (end > start && chars[end - 1] == ' ') {
                    end--;
                }
                if (start == end) {
                    throw DECLINE;
                }
                items.add(scalar(line, start, end, true));
                from = to + 1;
            }
        }
        return new YamlList(items, position(line, open - line.start));
    }

    /** The plain scalar {@code text[start, end)}: nothing in it may make SnakeYAML read it otherwise. */
    private YamlScalar scalar(Line line, int start, int end, boolean inFlow) {
        char first = chars[start];
        if (first == '"' && !inFlow) {
            return doubleQuoted(line, start, end);
        }
        boolean dashed = first == '-' && start + 1 < end && isPlainAfterDash(chars[start + 1]);
        if (INDICATORS.indexOf(first) >= 0 && !dashed) {
            throw DECLINE;
        }
        for (int i = start; i < end; i++) {
            char c = chars[i];
            boolean valueIndicator = c == ':' && (i + 1 == end || chars[i + 1] == ' ');
            boolean comment = c == '#' && chars[i - 1] == ' ';
            if (valueIndicator || comment || (inFlow && FLOW_EXCLUDED.indexOf(c) >= 0)) {
                throw DECLINE;
            }
        }
        String value = text.substring(start, end);
        return new YamlScalar(value, kind(value), position(line, start - line.start));
    }

    /**
     * {@code "text"} as the whole rest of the line, with no escape and no quote inside: SnakeYAML reads
     * the text between the quotes as it stands, always as a string (a channel such as "#team" needs them).
     */
    private YamlScalar doubleQuoted(Line line, int start, int end) {
        if (end - start < 2 || chars[end - 1] != '"') {
            throw DECLINE;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (chars[i] == '"' || chars[i] == '\\') {
                throw DECLINE;
            }
        }
        return new YamlScalar(
                text.substring(start + 1, end - 1), YamlScalar.Kind.STRING, position(line, start - line.start));
    }

    private YamlScalar.Kind kind(String value) {
        if (resolver.isPlainText(value)) {
            return YamlScalar.Kind.STRING;
        }
        YamlScalar.Kind kind = YamlReader.SCALAR_KINDS.get(resolver.resolve(NodeId.scalar, value, true));
        if (kind == null) {
            throw DECLINE;
        }
        return kind;
    }

    private boolean isItem(Line line) {
        int dash = line.content();
        return chars[dash] == '-' && (dash + 1 == line.end || chars[dash + 1] == ' ');
    }

    /** The colon after the key that starts the line's content; declines when the line is no {@code key:} line. */
    private int colon(Line line) {
        int colon = keyEnd(line.content(), line.end);
        if (colon < 0) {
            throw DECLINE;
        }
        return colon;
    }

    /** Where {@code word:} starting at {@code start} has its colon (followed by a space or the line end), or -1. */
    private int keyEnd(int start, int end) {
        if (!isWordChar(chars[start]) || chars[start] == '-') {
            return -1;
        }
        int i = start + 1;
        while (i < end && isWordChar(chars[i])) {
            i++;
        }
        boolean colon = i < end && chars[i] == ':' && (i + 1 == end || chars[i + 1] == ' ');
        return colon && i - start <= MAX_KEY_LENGTH ? i : -1;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** What may follow a leading {@code -} of a plain scalar here, as in {@code -5}, {@code -.5}, {@code -x}. */
    private static boolean isPlainAfterDash(char c) {
        return (isWordChar(c) && c != '-') || c == '.';
    }

    private int skipSpaces(int from, int end) {
        while (from < end && chars[from] == ' ') {
            from++;
        }
        return from;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
    }

    private Position position(Line line, int column) {
        return new Position(firstLine + line.number, column + 1);
    }

    /**
     * SnakeYAML's resolver, which also says which texts it would leave plain text without trying
     * its patterns: a text whose first character no pattern is registered for. The patterns
     * registered for any first character match only the empty text and a single space (both
     * null), so a text starting with a space is left to them too. Most front matter values
     * (titles, missions, names) are such texts, and trying the patterns cost a regular expression
     * match each.
     */
    static final class KnownResolver extends Resolver {
        boolean isPlainText(String value) {
            return !value.isEmpty() && value.charAt(0) != ' ' && !yamlImplicitResolvers.containsKey(value.charAt(0));
        }
    }
}
