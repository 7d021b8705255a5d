package dev.handbook.parse.markdown;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/** A JSX component tag in running text ({@code <Highlight color={red}>}), tried before raw HTML. */
final class JsxInlineParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next();
        scanner.next('/');
        char first = scanner.peek();
        scanner.setPosition(start);
        if (first < 'A' || first > 'Z') {
            return ParsedInline.none();
        }
        JsxTagReader.Tag tag = JsxTagReader.read(Cursor.of(scanner));
        return tag == null || !tag.complete()
                ? ParsedInline.none()
                : ParsedInline.of(new JsxTag(tag), scanner.position());
    }

    /** The parser holds no state, so every paragraph shares one. */
    static final class Factory implements InlineContentParserFactory {
        private static final Set<Character> TRIGGER = Set.of('<');

        private static final JsxInlineParser PARSER = new JsxInlineParser();

        @Override
        public Set<Character> getTriggerCharacters() {
            return TRIGGER;
        }

        @Override
        public InlineContentParser create() {
            return PARSER;
        }
    }
}
