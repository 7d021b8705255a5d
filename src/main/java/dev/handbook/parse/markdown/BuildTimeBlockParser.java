package dev.handbook.parse.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * {@link BuildTimeBlock}s: {@code ::: name} (a name that is no callout type, so Docusaurus's
 * {@code ::: note} stays a callout) with the lines indented under it; {@code --8<-- "file"} on
 * its own line; and the block form of snippets, file names between two {@code --8<--} lines.
 */
final class BuildTimeBlockParser extends AbstractBlockParser {

    private static final int OPTION_INDENT = 4;
    private static final Pattern DIRECTIVE = Pattern.compile(":::[ \\t]+([A-Za-z_][\\w.:-]*)[ \\t]*");
    private static final Pattern SNIPPET = Pattern.compile("--8<--[ \\t]+([\"'])(.+)\\1[ \\t]*");
    private static final String SNIPPETS_FENCE = "--8<--";

    private enum Ends {
        AT_UNINDENTED_LINE,
        AT_NEXT_LINE,
        AT_FENCE
    }

    private final BuildTimeBlock block;
    private final Ends ends;

    private BuildTimeBlockParser(BuildTimeBlock block, Ends ends) {
        this.block = block;
        this.ends = ends;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence line = state.getLine().getContent();
        return switch (ends) {
            case AT_NEXT_LINE -> BlockContinue.none();
            case AT_FENCE ->
                line.toString().strip().equals(SNIPPETS_FENCE)
                        ? BlockContinue.finished()
                        : BlockContinue.atIndex(line.length());
            case AT_UNINDENTED_LINE ->
                state.getIndent() >= OPTION_INDENT && !state.isBlank()
                        ? BlockContinue.atIndex(line.length())
                        : BlockContinue.none();
        };
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            int start = state.getNextNonSpaceIndex();
            CharSequence line = state.getLine().getContent();
            if (state.getIndent() >= OPTION_INDENT || start + 6 > line.length()) {
                return BlockStart.none();
            }
            BuildTimeBlockParser parser = switch (line.charAt(start)) {
                case ':' -> directive(line, start);
                case '-' -> snippet(line, start);
                default -> null;
            };
            return parser == null ? BlockStart.none() : BlockStart.of(parser).atIndex(line.length());
        }

        private static BuildTimeBlockParser directive(CharSequence line, int start) {
            Matcher opening = DIRECTIVE.matcher(line).region(start, line.length());
            if (!opening.matches() || CalloutType.named(opening.group(1)).isPresent()) {
                return null;
            }
            return new BuildTimeBlockParser(
                    new BuildTimeBlock(BuildTimeBlock.Kind.DIRECTIVE, "::: " + opening.group(1)),
                    Ends.AT_UNINDENTED_LINE);
        }

        private static BuildTimeBlockParser snippet(CharSequence line, int start) {
            String text = line.subSequence(start, line.length()).toString().strip();
            if (text.equals(SNIPPETS_FENCE)) {
                return new BuildTimeBlockParser(
                        new BuildTimeBlock(BuildTimeBlock.Kind.SNIPPET, SNIPPETS_FENCE), Ends.AT_FENCE);
            }
            Matcher include = SNIPPET.matcher(text);
            return include.matches()
                    ? new BuildTimeBlockParser(new BuildTimeBlock(BuildTimeBlock.Kind.SNIPPET, text), Ends.AT_NEXT_LINE)
                    : null;
        }
    }
}
