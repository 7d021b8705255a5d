package dev.handbook.parse.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;

/**
 * A code fence's {@code title="a.js"} (Docusaurus, MkDocs) becomes a caption above it; the rest of
 * the info string stays, so the language is still its first word. MkDocs's braced form
 * {@code { .python title="a.py" }} names the language with a class.
 */
final class CodeTitles {

    private static final Pattern TITLE = Pattern.compile("(?:^|\\s)title=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern BRACED_LANGUAGE = Pattern.compile("^\\{\\s*\\.([\\w+-]+)");

    private CodeTitles() {}

    /** Wraps the fence in a captioned figure when it has a title. */
    static void caption(FencedCodeBlock fence) {
        String info = fence.getInfo();
        if (info == null || !info.contains("title=")) {
            return;
        }
        Matcher title = TITLE.matcher(info);
        if (!title.find()) {
            return;
        }
        String caption =
                title.group(1) != null ? title.group(1) : title.group(2) != null ? title.group(2) : title.group(3);
        String rest = (info.substring(0, title.start()) + " " + info.substring(title.end())).strip();
        Matcher braced = BRACED_LANGUAGE.matcher(rest);
        fence.setInfo(braced.find() ? braced.group(1) : rest);
        CodeFigure figure = new CodeFigure(caption);
        figure.setSourceSpans(fence.getSourceSpans());
        fence.insertBefore(figure);
        figure.appendChild(fence);
    }
}
