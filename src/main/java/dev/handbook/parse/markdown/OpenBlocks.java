package dev.handbook.parse.markdown;

import java.util.function.Predicate;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.ParserState;

/**
 * What a container's closing line may close: not a line inside an open code fence (a
 * {@code :::} there is code), and not when a container of the same kind is open inside it
 * (the inner one closes first, so writers need not count colons or tags).
 */
final class OpenBlocks {

    private OpenBlocks() {}

    /** Whether a closing line seen by {@code self} belongs to it. */
    static boolean mayClose(ParserState state, Block self, Predicate<Node> sameKind) {
        Block deepest = state.getActiveBlockParser().getBlock();
        if (deepest instanceof FencedCodeBlock) {
            return false;
        }
        for (Node node = deepest; node != null && node != self; node = node.getParent()) {
            if (sameKind.test(node)) {
                return false;
            }
        }
        return true;
    }
}
