package dev.handbook.parse.markdown;

import java.util.Objects;
import org.commonmark.node.CustomBlock;

/** A fenced code block with a title (Docusaurus and MkDocs {@code title="a.js"}, GitBook {@code {% code %}}). */
public final class CodeFigure extends CustomBlock {

    private final String caption;

    public CodeFigure(String caption) {
        this.caption = Objects.requireNonNull(caption, "caption");
    }

    public String caption() {
        return caption;
    }
}
