package dev.handbook.parse.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * MDX components as handbook shows them: {@code <Tabs>} and {@code <TabItem>} become tabs,
 * {@code <Admonition type>} a callout; any other component leaves its children in its place,
 * with a finding naming it. A tag is never shown as text.
 */
final class JsxComponents {

    private static final Pattern VALUES_ITEM = Pattern.compile(
            "\\{[^{}]*?(label|value)\\s*:\\s*(['\"])(.*?)\\2[^{}]*?(label|value)\\s*:\\s*(['\"])(.*?)\\5[^{}]*\\}");
    private static final Pattern STRING_EXPRESSION = Pattern.compile("\\{\\s*(['\"`])(.*)\\1\\s*\\}");

    /** Reports a finding at a node. */
    private final BiConsumer<Node, String> report;

    JsxComponents(BiConsumer<Node, String> report) {
        this.report = report;
    }

    void convert(JsxElement element) {
        if (element.kind() == JsxTag.Kind.CLOSE) {
            report.accept(element, "`</" + element.name() + ">` closes no `<" + element.name() + ">`; remove it");
            element.unlink();
            return;
        }
        if (!element.closed()) {
            report.accept(
                    element,
                    "`<" + element.name() + ">` is never closed: everything after it is inside it; "
                            + "close it with `</" + element.name() + ">` on a line of its own");
        }
        switch (element.name()) {
            case "Tabs" -> tabs(element);
            case "TabItem" -> Trees.replace(element, new Tab(label(element.attributes()), false));
            case "Admonition" -> admonition(element);
            default -> unknown(element);
        }
    }

    private void tabs(JsxElement element) {
        Map<String, String> labels = labels(element.attributes().getOrDefault("values", ""));
        for (Node child = element.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Tab tab && labels.containsKey(tab.label())) {
                Tab relabelled = Trees.replace(tab, new Tab(labels.get(tab.label()), false));
                child = relabelled;
            }
        }
        Trees.replace(element, new TabSet());
    }

    private static void admonition(JsxElement element) {
        String type = text(element.attributes().getOrDefault("type", "note"));
        Callout callout = Trees.replace(element, new Callout(type, Callout.Fold.NONE, true));
        String title = element.attributes().get("title");
        if (title != null) {
            CalloutTitle node = new CalloutTitle();
            node.appendChild(new Text(text(title)));
            callout.prependChild(node);
        }
    }

    private void unknown(JsxElement element) {
        if (element.kind() == JsxTag.Kind.SELF_CLOSING) {
            report.accept(element, "`<" + element.name() + " />` is a component handbook cannot show; it is left out");
        } else if (element.closed()) {
            report.accept(
                    element,
                    "`<" + element.name() + ">` is a component handbook cannot show; "
                            + "its children are shown without it");
        }
        Trees.unwrap(element);
    }

    /** A {@code <TabItem>}'s label: its {@code label}, else its {@code value} (relabelled by its {@code <Tabs>}). */
    private static String label(Map<String, String> attributes) {
        return text(attributes.getOrDefault("label", attributes.getOrDefault("value", "Tab")));
    }

    /** {@code values={[{label: 'Apple', value: 'apple'}, ...]}} as value to label. */
    private static Map<String, String> labels(String values) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher item = VALUES_ITEM.matcher(values);
        while (item.find()) {
            boolean labelFirst = item.group(1).equals("label");
            labels.put(labelFirst ? item.group(6) : item.group(3), labelFirst ? item.group(3) : item.group(6));
        }
        return labels;
    }

    /** An attribute's text: as written in quotes, or a string literal inside braces. */
    private static String text(String value) {
        Matcher literal = STRING_EXPRESSION.matcher(value);
        return literal.matches() ? literal.group(2) : value;
    }

    /** Drops the component tags of one paragraph (or heading, ...), their contents staying. */
    void unwrapInline(List<JsxTag> tags) {
        Deque<JsxTag> open = new ArrayDeque<>();
        for (JsxTag tag : tags) {
            switch (tag.kind()) {
                case OPEN -> open.push(tag);
                case SELF_CLOSING ->
                    report.accept(tag, "`<" + tag.name() + " />` is a component handbook cannot show; it is left out");
                case CLOSE -> close(open, tag);
            }
        }
        open.forEach(tag ->
                report.accept(tag, "`<" + tag.name() + ">` is never closed; close it with `</" + tag.name() + ">`"));
        tags.forEach(Node::unlink);
    }

    private void close(Deque<JsxTag> open, JsxTag tag) {
        if (open.stream().noneMatch(o -> o.name().equals(tag.name()))) {
            report.accept(tag, "`</" + tag.name() + ">` closes no `<" + tag.name() + ">`; remove it");
            return;
        }
        while (!open.isEmpty()) {
            JsxTag opened = open.pop();
            if (opened.name().equals(tag.name())) {
                report.accept(
                        opened,
                        "`<" + opened.name() + ">` is a component handbook cannot show; "
                                + "its children are shown without it");
                return;
            }
            report.accept(
                    opened, "`<" + opened.name() + ">` is never closed; close it with `</" + opened.name() + ">`");
        }
    }
}
