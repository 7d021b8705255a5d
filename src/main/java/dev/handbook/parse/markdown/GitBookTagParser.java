package dev.handbook.parse.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
 * GitBook's block tags on lines of their own: {@code {% hint style="info" %}} up to
 * {@code {% endhint %}} (likewise tabs, tab, code, content-ref, stepper, step, columns, column),
 * and tags without an end such as {@code {% embed url="..." %}}.
 */
final class GitBookTagParser extends AbstractBlockParser {

    /** The tags GitBook closes with {@code {% endNAME %}}. */
    static final Set<String> PAIRED =
            Set.of("hint", "tabs", "tab", "code", "content-ref", "stepper", "step", "columns", "column");

    private static final Pattern TAG = Pattern.compile("\\{%-?[ \\t]*([a-z][\\w-]*)(.*?)-?%\\}[ \\t]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    private final GitBookBlock block;
    private final boolean paired;

    private GitBookTagParser(GitBookBlock block, boolean paired) {
        this.block = block;
        this.paired = paired;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return paired;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return paired;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (!paired) {
            return BlockContinue.none();
        }
        Matcher tag = TAG.matcher(state.getLine().getContent())
                .region(
                        state.getNextNonSpaceIndex(),
                        state.getLine().getContent().length());
        if (state.getIndent() < 4
                && tag.matches()
                && tag.group(1).equals("end" + block.name())
                && OpenBlocks.mayClose(
                        state,
                        block,
                        node -> node instanceof GitBookBlock b && b.name().equals(block.name()))) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            int start = state.getNextNonSpaceIndex();
            CharSequence line = state.getLine().getContent();
            if (state.getIndent() >= 4
                    || start + 1 >= line.length()
                    || line.charAt(start) != '{'
                    || line.charAt(start + 1) != '%') {
                return BlockStart.none();
            }
            Matcher tag = TAG.matcher(line).region(start, line.length());
            if (!tag.matches()) {
                return BlockStart.none();
            }
            String name = tag.group(1);
            GitBookBlock block = new GitBookBlock(name, attributes(tag.group(2)));
            return BlockStart.of(new GitBookTagParser(block, PAIRED.contains(name)))
                    .atIndex(line.length());
        }

        private static Map<String, String> attributes(String text) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(text);
            while (attribute.find()) {
                attributes.putIfAbsent(attribute.group(1), attribute.group(2));
            }
            return attributes;
        }
    }
}
