package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import java.util.Objects;

/**
 * A page split into its YAML front matter and its Markdown body, remembering on which file line
 * each starts so positions inside either map back to the original file.
 *
 * @param yaml          the front matter text, or null when the page has none
 * @param yamlFirstLine the 1-based file line of the first YAML line
 * @param body          the Markdown body
 * @param bodyFirstLine the 1-based file line of the body's first line
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    public FrontMatter {
        Objects.requireNonNull(body, "body");
    }

    /** Front matter opens with a {@code ---} first line and closes with the next {@code ---} (or {@code ...}) line. */
    public static FrontMatter split(String text, String path, Diagnostics diagnostics) {
        if (!isFence(firstLine(text))) {
            return new FrontMatter(null, 1, text, 1);
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (isFence(current) || current.stripTrailing().equals("...")) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        diagnostics.error(
                path,
                Position.START,
                Rule.YAML_SYNTAX,
                "the front matter opened here is never closed; add a line `---` after its last key");
        return new FrontMatter(null, 1, "", 1);
    }

    public boolean hasYaml() {
        return yaml != null;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }
}
