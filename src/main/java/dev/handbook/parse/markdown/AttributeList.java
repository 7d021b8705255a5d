package dev.handbook.parse.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an attribute list: Docusaurus {@code {#id}}, MkDocs attr_list {@code { #id .class key="value" }}
 * (an optional colon after the brace, as {@code {: #id }}).
 */
final class AttributeList {

    private static final String VALUE = "(?:\"[^\"]*\"|'[^']*'|[^\\s\"'}]+)";
    private static final String ITEM = "(?:#[\\w:-]+|\\.[\\w-]+|[\\w-]+=" + VALUE + ")";
    private static final Pattern LIST = Pattern.compile("\\{:?[ \\t]*(" + ITEM + "(?:[ \\t]+" + ITEM + ")*)[ \\t]*\\}");
    private static final Pattern ITEMS = Pattern.compile("#([\\w:-]+)|\\.([\\w-]+)|([\\w-]+)=(" + VALUE + ")");

    private AttributeList() {}

    /** The attributes, when the text is one list and nothing else; else null. */
    static NodeAttributes parse(String text) {
        Matcher list = LIST.matcher(text);
        if (!list.matches()) {
            return null;
        }
        String id = null;
        List<String> classes = new ArrayList<>();
        Map<String, String> others = new LinkedHashMap<>();
        Matcher item = ITEMS.matcher(list.group(1));
        while (item.find()) {
            if (item.group(1) != null) {
                id = item.group(1);
            } else if (item.group(2) != null) {
                classes.add(item.group(2));
            } else if (item.group(3).equals("id")) {
                id = unquote(item.group(4));
            } else {
                others.put(item.group(3), unquote(item.group(4)));
            }
        }
        return new NodeAttributes(text, id, classes, others);
    }

    private static String unquote(String value) {
        char first = value.charAt(0);
        return (first == '"' || first == '\'') ? value.substring(1, value.length() - 1) : value;
    }
}
