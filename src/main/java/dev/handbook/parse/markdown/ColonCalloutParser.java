package dev.handbook.parse.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Docusaurus admonitions: {@code :::note[Title]} or {@code :::tip Title}, Markdown, then a line of
 * at least as many colons. An outer admonition takes more colons; a nested one closes first anyway.
 */
final class ColonCalloutParser extends AbstractBlockParser {

    private static final Pattern OPENING =
            Pattern.compile("(:{3,})([A-Za-z][\\w-]*)(?:\\[(.*)\\]|[ \\t]+(.*?))?[ \\t]*(?:\\{[^}]*\\})?[ \\t]*");

    private final Callout block;
    private final int colons;
    private final SourceLine title;

    private ColonCalloutParser(String type, int colons, SourceLine title) {
        this.block = new Callout(type, Callout.Fold.NONE, true);
        this.colons = colons;
        this.title = title;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < 4
                && isClosing(state.getLine().getContent(), state.getNextNonSpaceIndex())
                && OpenBlocks.mayClose(state, block, node -> node instanceof Callout)) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    private boolean isClosing(CharSequence line, int from) {
        int end = from;
        while (end < line.length() && line.charAt(end) == ':') {
            end++;
        }
        return end - from >= colons
                && line.subSequence(end, line.length()).toString().isBlank();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (title != null) {
            CalloutTitle node = new CalloutTitle();
            node.setSourceSpans(java.util.List.of(title.getSourceSpan()));
            inlineParser.parse(SourceLines.of(title), node);
            block.prependChild(node);
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            int start = state.getNextNonSpaceIndex();
            CharSequence line = state.getLine().getContent();
            if (state.getIndent() >= 4
                    || start + 3 > line.length()
                    || line.charAt(start) != ':'
                    || line.charAt(start + 1) != ':'
                    || line.charAt(start + 2) != ':') {
                return BlockStart.none();
            }
            Matcher opening = OPENING.matcher(line).region(start, line.length());
            if (!opening.matches()) {
                return BlockStart.none();
            }
            int titleGroup = opening.group(3) != null ? 3 : 4;
            SourceLine title = opening.group(titleGroup) == null
                            || opening.group(titleGroup).isBlank()
                    ? null
                    : state.getLine().substring(opening.start(titleGroup), opening.end(titleGroup));
            return BlockStart.of(new ColonCalloutParser(
                            opening.group(2), opening.group(1).length(), title))
                    .atIndex(line.length());
        }
    }
}
