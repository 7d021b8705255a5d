package dev.handbook.parse.markdown;

import java.util.Set;
import java.util.function.BiConsumer;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * GitBook blocks as handbook shows them: hints become callouts, tabs tabs, a titled code block a
 * captioned one, embeds and files links; the layout blocks leave their contents; others are reported.
 */
final class GitBookBlocks {

    /** Blocks that only arrange their contents, which are shown in order. */
    private static final Set<String> LAYOUT = Set.of("content-ref", "stepper", "step", "columns", "column");

    private final BiConsumer<Node, String> report;

    GitBookBlocks(BiConsumer<Node, String> report) {
        this.report = report;
    }

    void convert(GitBookBlock block) {
        String name = block.name();
        switch (name) {
            case "hint" ->
                Trees.replace(
                        block, new Callout(block.attributes().getOrDefault("style", "info"), Callout.Fold.NONE, false));
            case "tabs" -> Trees.replace(block, new TabSet());
            case "tab" -> Trees.replace(block, new Tab(block.attributes().getOrDefault("title", "Tab"), false));
            case "code" -> code(block);
            case "embed" ->
                link(block, block.attributes().get("url"), block.attributes().get("url"));
            case "file" ->
                link(block, block.attributes().get("src"), block.attributes().get("src"));
            default -> other(block, name);
        }
    }

    private static void code(GitBookBlock block) {
        String title = block.attributes().get("title");
        if (title != null
                && block.getFirstChild() instanceof FencedCodeBlock
                && block.getFirstChild().getNext() == null) {
            Trees.replace(block, new CodeFigure(title));
        } else {
            Trees.unwrap(block);
        }
    }

    private void link(GitBookBlock block, String destination, String text) {
        if (destination == null || destination.isBlank()) {
            report.accept(
                    block,
                    "`{% " + block.name() + " %}` needs a " + (block.name().equals("embed") ? "`url`" : "`src`")
                            + "; it is left out");
            block.unlink();
            return;
        }
        Paragraph paragraph = Trees.replace(block, new Paragraph());
        Link link = new Link(destination, null);
        link.setSourceSpans(block.getSourceSpans());
        link.appendChild(new Text(
                text.substring(text.lastIndexOf('/') + 1).isEmpty()
                        ? text
                        : block.name().equals("file") ? text.substring(text.lastIndexOf('/') + 1) : text));
        paragraph.appendChild(link);
    }

    private void other(GitBookBlock block, String name) {
        if (!name.startsWith("end") && !LAYOUT.contains(name)) {
            report.accept(
                    block,
                    "`{% " + name + " %}` is a GitBook block handbook cannot show; "
                            + (block.getFirstChild() == null ? "it is left out" : "its contents are shown without it"));
        }
        Trees.unwrap(block);
    }
}
