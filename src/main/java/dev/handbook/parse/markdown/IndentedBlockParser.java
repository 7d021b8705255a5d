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
 * The Python-Markdown blocks whose body is indented by four spaces: admonitions
 * ({@code !!! warning "Title"}, collapsible {@code ??? note} and {@code ???+ note}) and
 * pymdownx.tabbed tabs ({@code === "Label"}; {@code ===!} starts a new set of tabs).
 */
final class IndentedBlockParser extends AbstractBlockParser {

    private static final int BODY_INDENT = 4;
    private static final Pattern ADMONITION =
            Pattern.compile("(!!!|\\?\\?\\?\\+?)[ \\t]+([\\w-]+)(?:[ \\t]+[\\w-]+)*[ \\t]*(?:\"(.*)\")?[ \\t]*");
    private static final Pattern TAB = Pattern.compile("===(!?)\\+?(!?)[ \\t]+\"(.*)\"[ \\t]*");

    private final Block block;
    private final SourceLine title;

    private IndentedBlockParser(Block block, SourceLine title) {
        this.block = block;
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
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= BODY_INDENT) {
            return BlockContinue.atColumn(state.getColumn() + BODY_INDENT);
        }
        return BlockContinue.none();
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
            if (state.getIndent() >= BODY_INDENT || start + 3 > line.length()) {
                return BlockStart.none();
            }
            char first = line.charAt(start);
            IndentedBlockParser parser = first == '!' || first == '?'
                    ? admonition(state, line, start)
                    : first == '=' ? tab(line, start) : null;
            return parser == null ? BlockStart.none() : BlockStart.of(parser).atIndex(line.length());
        }

        private static IndentedBlockParser admonition(ParserState state, CharSequence line, int start) {
            Matcher opening = ADMONITION.matcher(line).region(start, line.length());
            if (!opening.matches()) {
                return null;
            }
            String marker = opening.group(1);
            Callout.Fold fold = marker.equals("!!!")
                    ? Callout.Fold.NONE
                    : marker.endsWith("+") ? Callout.Fold.OPEN : Callout.Fold.CLOSED;
            String title = opening.group(3);
            boolean titled = title == null || !title.isEmpty() || fold != Callout.Fold.NONE;
            SourceLine titleLine = title == null || title.isBlank()
                    ? null
                    : state.getLine().substring(opening.start(3), opening.end(3));
            return new IndentedBlockParser(new Callout(opening.group(2), fold, titled), titleLine);
        }

        private static IndentedBlockParser tab(CharSequence line, int start) {
            Matcher opening = TAB.matcher(line).region(start, line.length());
            if (!opening.matches()) {
                return null;
            }
            boolean newSet = !opening.group(1).isEmpty() || !opening.group(2).isEmpty();
            return new IndentedBlockParser(new Tab(opening.group(3), newSet), null);
        }
    }
}
