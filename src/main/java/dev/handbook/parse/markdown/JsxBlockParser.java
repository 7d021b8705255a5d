package dev.handbook.parse.markdown;

import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Paragraph;
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
 * A JSX component on lines of its own: {@code <Tabs groupId="os">} (its tag may run over several
 * lines) up to {@code </Tabs>}, or {@code <Note />}. What lies between is Markdown, its common
 * indentation taken off (MDX writers indent children, which would otherwise read as code).
 */
final class JsxBlockParser extends AbstractBlockParser {

    private final JsxElement block;
    private StringBuilder pendingTag;
    private int contentIndent = -1;
    /** the text of an element written on one line, {@code <TabItem value="a">An apple.</TabItem>} */
    private final SourceLine content;

    private JsxBlockParser(JsxElement block, StringBuilder pendingTag, SourceLine content) {
        this.block = block;
        this.pendingTag = pendingTag;
        this.content = content;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return !block.closed();
    }

    @Override
    public boolean canContain(Block childBlock) {
        return !block.closed();
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.closed()) {
            return BlockContinue.none();
        }
        CharSequence line = state.getLine().getContent();
        if (pendingTag != null) {
            return continueTag(line);
        }
        int start = state.getNextNonSpaceIndex();
        if (!state.isBlank()
                && isClosingTag(line, start)
                && OpenBlocks.mayClose(
                        state,
                        block,
                        node -> node instanceof JsxElement e && e.name().equals(block.name()))) {
            block.close();
            return BlockContinue.finished();
        }
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getIndex());
        }
        if (contentIndent < 0) {
            contentIndent = state.getIndent();
        }
        return BlockContinue.atColumn(state.getColumn() + Math.min(state.getIndent(), contentIndent));
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (content != null) {
            Paragraph paragraph = new Paragraph();
            paragraph.setSourceSpans(List.of(content.getSourceSpan()));
            inlineParser.parse(SourceLines.of(content), paragraph);
            block.appendChild(paragraph);
        }
    }

    private BlockContinue continueTag(CharSequence line) {
        pendingTag.append('\n').append(line);
        JsxTagReader.Tag tag =
                pendingTag.length() > Cursor.MAX_CONSTRUCT ? null : JsxTagReader.read(Cursor.of(pendingTag, 0));
        if (tag == null || tag.complete()) {
            pendingTag = null;
            if (tag != null) {
                block.setAttributes(tag.attributes());
            }
            if (tag == null || tag.kind() != JsxTag.Kind.OPEN) {
                block.close();
                return BlockContinue.finished();
            }
        }
        return BlockContinue.atIndex(line.length());
    }

    private boolean isClosingTag(CharSequence line, int start) {
        if (start >= line.length() || !JsxTagReader.startsTag(line, start) || line.charAt(start + 1) != '/') {
            return false;
        }
        JsxTagReader.Tag tag = JsxTagReader.read(Cursor.of(line, start));
        return tag != null && tag.complete() && tag.name().equals(block.name());
    }

    static final class Factory extends AbstractBlockParserFactory {
        private final boolean mdx;

        /** @param mdx in an MDX file a tag may be indented any amount (there is no indented code) */
        Factory(boolean mdx) {
            this.mdx = mdx;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            int start = state.getNextNonSpaceIndex();
            CharSequence line = state.getLine().getContent();
            if (!mdx && state.getIndent() >= 4 || start + 1 >= line.length() || !JsxTagReader.startsTag(line, start)) {
                return BlockStart.none();
            }
            TagEnd end = new TagEnd(line, start);
            JsxTagReader.Tag tag = JsxTagReader.read(end);
            if (tag == null) {
                return BlockStart.none();
            }
            String rest = line.subSequence(Math.min(end.index, line.length()), line.length())
                    .toString();
            if (!tag.complete() || rest.isBlank()) {
                JsxElement element = new JsxElement(tag.name(), tag.attributes(), tag.kind());
                StringBuilder pending =
                        tag.complete() ? null : new StringBuilder(line.subSequence(start, line.length()));
                return BlockStart.of(new JsxBlockParser(element, pending, null)).atIndex(line.length());
            }
            String closing = "</" + tag.name() + ">";
            int close = rest.stripTrailing().length() - closing.length();
            if (tag.kind() != JsxTag.Kind.OPEN || close < 0 || !rest.startsWith(closing, close)) {
                return BlockStart.none(); // a tag with text after it is inline
            }
            JsxElement element = new JsxElement(tag.name(), tag.attributes(), JsxTag.Kind.OPEN);
            element.close();
            SourceLine content = state.getLine().substring(end.index, end.index + close);
            return BlockStart.of(new JsxBlockParser(element, null, content)).atIndex(line.length());
        }
    }

    /** A cursor over one line that remembers where it stopped. */
    private static final class TagEnd implements Cursor {
        private final CharSequence line;
        private int index;

        TagEnd(CharSequence line, int start) {
            this.line = line;
            this.index = start;
        }

        @Override
        public char peek() {
            return index < line.length() ? line.charAt(index) : END;
        }

        @Override
        public void advance() {
            index++;
        }
    }
}
