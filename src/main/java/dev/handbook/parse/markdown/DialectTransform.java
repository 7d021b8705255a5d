package dev.handbook.parse.markdown;

import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Turns what the dialects' parsers found into the nodes handbook renders, once per page after
 * parsing: GitHub alerts, JSX components and GitBook blocks (innermost first), tab sets, code
 * captions, attribute lists and MDX statements. Reports what it cannot show.
 */
public final class DialectTransform {

    private static final List<String> TYPES = java.util.Arrays.stream(CalloutType.values())
            .map(CalloutType::cssName)
            .toList();

    private final int bodyFirstLine;
    private final List<BodyFinding> findings = new ArrayList<>();
    private final Found found = new Found();

    private DialectTransform(int bodyFirstLine) {
        this.bodyFirstLine = bodyFirstLine;
    }

    /**
     * What the transform found to say.
     *
     * @param findings  at file lines
     * @param buildTime the body held a block MkDocs fills while it builds ({@link BuildTimeBlock}), so it
     *                  may have anchors no one can list here
     */
    public record Result(List<BodyFinding> findings, boolean buildTime) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /** Transforms the document in place; the findings are at file lines, the body starting on {@code bodyFirstLine}. */
    public static Result apply(Node document, String body, int bodyFirstLine) {
        DialectTransform transform = new DialectTransform(bodyFirstLine);
        document.accept(transform.found);
        boolean buildTime = !transform.found.buildTime.isEmpty();
        transform.leaveOut(transform.found.buildTime);
        transform.run(document, body);
        transform.findings.sort(java.util.Comparator.comparing(BodyFinding::position));
        return new Result(transform.findings, buildTime);
    }

    private void run(Node document, String body) {
        boolean converts = !found.quotes.isEmpty() || !found.elements.isEmpty() || !found.gitBookBlocks.isEmpty();
        found.quotes.forEach(GithubAlerts::convert);
        JsxComponents jsx = new JsxComponents(this::component);
        for (int i = found.elements.size() - 1; i >= 0; i--) {
            jsx.convert(found.elements.get(i));
        }
        GitBookBlocks gitBook = new GitBookBlocks(this::component);
        for (int i = found.gitBookBlocks.size() - 1; i >= 0; i--) {
            gitBook.convert(found.gitBookBlocks.get(i));
        }
        found.inlineTags.values().forEach(jsx::unwrapInline);
        found.attributes.forEach(AttributeAttachment::attach);
        found.fences.forEach(CodeTitles::caption);
        EsmStatements statements = new EsmStatements(body);
        found.topParagraphs.forEach(statements::drop);
        found.emptiable.stream()
                .filter(node -> node instanceof Paragraph && Trees.isBlank(node))
                .forEach(Node::unlink);
        Found result = found;
        if (converts || !found.tabs.isEmpty()) {
            result = new Found(); // conversions made tabs and callouts of their own
            document.accept(result);
        }
        result.tabs.forEach(TabGroups::group);
        result.callouts.forEach(this::checkType);
    }

    private void checkType(Callout callout) {
        if (callout.knownType().isEmpty()) {
            findings.add(new BodyFinding(
                    Rule.UNKNOWN_CALLOUT,
                    Trees.position(callout, bodyFirstLine),
                    "`" + callout.writtenType() + "` is not a callout type"
                            + Suggestions.didYouMean(callout.writtenType(), CalloutType.names())
                            + "; it is shown as a note. Types: " + String.join(", ", TYPES)));
        }
    }

    /** Leaves the blocks out, with one warning for each kind on the page (API pages hold dozens of directives). */
    private void leaveOut(List<BuildTimeBlock> blocks) {
        Map<BuildTimeBlock.Kind, List<BuildTimeBlock>> byKind = new java.util.EnumMap<>(BuildTimeBlock.Kind.class);
        blocks.forEach(block ->
                byKind.computeIfAbsent(block.kind(), k -> new ArrayList<>()).add(block));
        byKind.values().forEach(same -> {
            int more = same.size() - 1;
            component(
                    same.get(0),
                    same.get(0).message() + (more == 0 ? "" : " (and " + more + " more like it on this page)"));
        });
        blocks.forEach(Node::unlink);
    }

    private void component(Node at, String message) {
        findings.add(new BodyFinding(Rule.UNKNOWN_COMPONENT, Trees.position(at, bodyFirstLine), message));
    }

    /** One walk that notes every node a dialect may change. */
    private static final class Found extends AbstractVisitor {
        private final List<Callout> callouts = new ArrayList<>();
        private final List<BlockQuote> quotes = new ArrayList<>();
        private final List<JsxElement> elements = new ArrayList<>();
        private final List<GitBookBlock> gitBookBlocks = new ArrayList<>();
        private final Map<Node, List<JsxTag>> inlineTags = new LinkedHashMap<>();
        private final List<NodeAttributes> attributes = new ArrayList<>();
        private final List<FencedCodeBlock> fences = new ArrayList<>();
        private final List<Tab> tabs = new ArrayList<>();
        private final List<Paragraph> topParagraphs = new ArrayList<>();
        private final List<Node> emptiable = new ArrayList<>();
        private final List<BuildTimeBlock> buildTime = new ArrayList<>();

        @Override
        public void visit(BlockQuote blockQuote) {
            quotes.add(blockQuote);
            visitChildren(blockQuote);
        }

        @Override
        public void visit(FencedCodeBlock fence) {
            if (fence.getInfo() != null && fence.getInfo().contains("title=")) {
                fences.add(fence);
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (EsmStatements.isTopLevel(paragraph)) {
                topParagraphs.add(paragraph);
            }
            visitChildren(paragraph);
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof Callout callout) {
                callouts.add(callout);
            } else if (block instanceof JsxElement element) {
                elements.add(element);
            } else if (block instanceof GitBookBlock gitBook) {
                gitBookBlocks.add(gitBook);
            } else if (block instanceof Tab tab) {
                tabs.add(tab);
            } else if (block instanceof BuildTimeBlock generated) {
                buildTime.add(generated);
            }
            visitChildren(block);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof NodeAttributes list) {
                attributes.add(list);
                emptiable.add(node.getParent());
            } else if (node instanceof JsxTag tag) {
                inlineTags
                        .computeIfAbsent(node.getParent(), parent -> new ArrayList<>())
                        .add(tag);
                emptiable.add(node.getParent());
            } else if (node instanceof MdxExpression) {
                emptiable.add(node.getParent());
            }
            visitChildren(node);
        }
    }
}
