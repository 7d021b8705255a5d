package dev.handbook.scaffold;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes YAML front matter line by line: comments, text values (quoted when YAML would misread them) and lists. */
final class FrontMatterText {

    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} ._/()'&+,-]*[\\p{L}\\p{N}.)]|\\p{L}");
    private static final Pattern NUMBER_OR_DATE = Pattern.compile("[0-9][0-9 ._:+-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private final StringBuilder text = new StringBuilder("---\n");

    FrontMatterText comment(String comment) {
        comment.lines()
                .forEach(line ->
                        text.append(line.isBlank() ? "#" : "# " + line.strip()).append('\n'));
        return this;
    }

    FrontMatterText blankLine() {
        text.append('\n');
        return this;
    }

    FrontMatterText entry(String key, String value) {
        text.append(key).append(": ").append(scalar(value)).append('\n');
        return this;
    }

    FrontMatterText number(String key, int value) {
        text.append(key).append(": ").append(value).append('\n');
        return this;
    }

    FrontMatterText list(String key, String item) {
        text.append(key).append(":\n  - ").append(scalar(item)).append('\n');
        return this;
    }

    /** The front matter, closed with {@code ---}. */
    String close() {
        return text + "---\n";
    }

    /** A value as YAML reads it back as the same text. */
    static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !NUMBER_OR_DATE.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT));
        return plain ? value : quoted(value);
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default ->
                    out.append(
                            Character.isISOControl(c)
                                    ? String.format(java.util.Locale.ROOT, "\\u%04x", c)
                                    : new String(Character.toChars(c)));
            }
        });
        return out.append('"').toString();
    }
}
