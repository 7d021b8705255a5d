package dev.handbook.parse;

import dev.handbook.text.LoneSurrogates;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A numeric character reference to half of a surrogate pair ({@code &#xD800;}) decodes, in
 * commonmark-java, to that half alone, which no file can hold; CommonMark and HTML make it
 * U+FFFD, and so does this, wherever references are decoded: text, link and image destinations
 * and titles, and code block info strings.
 */
final class SurrogateReferences extends AbstractVisitor {

    private SurrogateReferences() {}

    /** Only a body with a numeric reference can hold one, so only such a body is walked. */
    static void replaceIn(Node document, String body) {
        if (body.contains("&#")) {
            document.accept(new SurrogateReferences());
        }
    }

    @Override
    public void visit(Text text) {
        text.setLiteral(LoneSurrogates.replaced(text.getLiteral()));
    }

    @Override
    public void visit(Link link) {
        link.setDestination(LoneSurrogates.replaced(link.getDestination()));
        if (link.getTitle() != null) {
            link.setTitle(LoneSurrogates.replaced(link.getTitle()));
        }
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        image.setDestination(LoneSurrogates.replaced(image.getDestination()));
        if (image.getTitle() != null) {
            image.setTitle(LoneSurrogates.replaced(image.getTitle()));
        }
        visitChildren(image);
    }

    @Override
    public void visit(FencedCodeBlock block) {
        if (block.getInfo() != null) {
            block.setInfo(LoneSurrogates.replaced(block.getInfo()));
        }
    }
}
