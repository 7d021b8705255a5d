package dev.handbook.parse.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * MDX's {@code import} and {@code export} statements: at the top level of a page, a paragraph
 * that opens with one is code for the site generator, not text, and is left out.
 */
final class EsmStatements {

    private static final Pattern IMPORT = Pattern.compile("(?s)import\\s+(?:['\"]|.*?\\bfrom\\s*['\"]).*");
    private static final Pattern EXPORT =
            Pattern.compile("(?s)export\\s+(?:(?:const|let|var|function|class|default|async)\\b|[{*]).*");

    private final String body;
    private int[] lineStarts;

    EsmStatements(String body) {
        this.body = body;
    }

    /** Drops the paragraph if it is a statement. */
    void drop(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Text first)) {
            return;
        }
        String start = first.getLiteral();
        if (!start.startsWith("import") && !start.startsWith("export")) {
            return;
        }
        String source = source(paragraph.getSourceSpans());
        if (source != null
                && (IMPORT.matcher(source).matches() || EXPORT.matcher(source).matches())) {
            paragraph.unlink();
        }
    }

    /** The paragraph as written (its inline parse has taken its braces apart), or null if it is indented. */
    private String source(List<SourceSpan> spans) {
        if (spans.isEmpty() || spans.get(0).getColumnIndex() != 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : spans) {
            int from = lineStart(span.getLineIndex()) + span.getColumnIndex();
            text.append(body, from, Math.min(body.length(), from + span.getLength()))
                    .append('\n');
        }
        return text.toString();
    }

    private int lineStart(int line) {
        if (lineStarts == null) {
            lineStarts = body.lines().mapToInt(String::length).toArray();
            int offset = 0;
            for (int i = 0; i < lineStarts.length; i++) {
                int length = lineStarts[i];
                lineStarts[i] = offset;
                offset += length + 1;
            }
        }
        return line < lineStarts.length ? lineStarts[line] : body.length();
    }

    /** Whether a node is a statement candidate: a paragraph right under the document. */
    static boolean isTopLevel(Node node) {
        return node instanceof Paragraph && node.getParent() instanceof org.commonmark.node.Document;
    }
}
