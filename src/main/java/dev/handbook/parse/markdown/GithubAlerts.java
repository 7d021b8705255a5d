package dev.handbook.parse.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * GitHub alerts: a quote whose first line is {@code [!NOTE]} (or TIP, IMPORTANT, WARNING,
 * CAUTION) is a callout. Obsidian's form is read too: any type, {@code [!faq]-} folded,
 * {@code [!tip]+} unfolded, and a title after the marker.
 */
final class GithubAlerts {

    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z][\\w-]*)\\]([+-]?)[ \\t]*");

    private GithubAlerts() {}

    /** The callout the quote is, put in its place; null when it is an ordinary quote. */
    static Callout convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text marker)) {
            return null;
        }
        Matcher matcher = MARKER.matcher(marker.getLiteral());
        if (!matcher.lookingAt()) {
            return null;
        }
        Callout.Fold fold = switch (matcher.group(2)) {
            case "-" -> Callout.Fold.CLOSED;
            case "+" -> Callout.Fold.OPEN;
            default -> Callout.Fold.NONE;
        };
        Callout callout = Trees.replace(quote, new Callout(matcher.group(1), fold, true));
        marker.setLiteral(marker.getLiteral().substring(matcher.end()));
        CalloutTitle title = titleLine(first);
        if (title.getFirstChild() != null) {
            title.setSourceSpans(first.getSourceSpans().subList(0, 1));
            callout.prependChild(title);
        }
        if (Trees.isBlank(first)) {
            first.unlink();
        }
        return callout;
    }

    /** Takes the rest of the marker's line out of the paragraph, as the title. */
    private static CalloutTitle titleLine(Paragraph paragraph) {
        CalloutTitle title = new CalloutTitle();
        Node node = paragraph.getFirstChild();
        while (node != null && !(node instanceof SoftLineBreak) && !(node instanceof HardLineBreak)) {
            Node next = node.getNext();
            if (!(node instanceof Text text && text.getLiteral().isEmpty())) {
                title.appendChild(node);
            } else {
                node.unlink();
            }
            node = next;
        }
        if (node != null) {
            node.unlink();
        }
        return title;
    }
}
