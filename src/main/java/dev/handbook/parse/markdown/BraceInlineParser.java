package dev.handbook.parse.markdown;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * What a {@code {} starts in running text: an attribute list ({@code {#id}}, {@code { .class }}),
 * an MDX comment ({@code {/* ... *\/}}) or, in an MDX file, any JSX expression. Anything else is text.
 */
final class BraceInlineParser implements InlineContentParser {

    private static final int MAX_LIST = 300;

    private final boolean mdx;

    private BraceInlineParser(boolean mdx) {
        this.mdx = mdx;
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        NodeAttributes attributes = attributeList(scanner, start);
        if (attributes != null) {
            return ParsedInline.of(attributes, scanner.position());
        }
        scanner.setPosition(start);
        StringBuilder expression = new StringBuilder();
        if (Braces.skip(Cursor.of(scanner), expression) == Braces.Result.BALANCED && (mdx || isComment(expression))) {
            return ParsedInline.of(new MdxExpression(), scanner.position());
        }
        return ParsedInline.none();
    }

    /** An attribute list ends on its own line, and soon. */
    private static NodeAttributes attributeList(Scanner scanner, Position start) {
        for (int read = 0; scanner.peek() != '}'; read++) {
            if (scanner.peek() == '\n' || scanner.peek() == Scanner.END || read > MAX_LIST) {
                return null;
            }
            scanner.next();
        }
        scanner.next();
        return AttributeList.parse(scanner.getSource(start, scanner.position()).getContent());
    }

    private static boolean isComment(CharSequence expression) {
        String inside =
                expression.subSequence(1, expression.length() - 1).toString().strip();
        return inside.startsWith("/*") && inside.endsWith("*/");
    }

    /** The parser holds no state, so every paragraph shares one (commonmark asks for one per paragraph). */
    static final class Factory implements InlineContentParserFactory {
        private static final Set<Character> TRIGGER = Set.of('{');

        private final BraceInlineParser parser;

        Factory(boolean mdx) {
            this.parser = new BraceInlineParser(mdx);
        }

        @Override
        public Set<Character> getTriggerCharacters() {
            return TRIGGER;
        }

        @Override
        public InlineContentParser create() {
            return parser;
        }
    }
}
