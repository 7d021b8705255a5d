package dev.handbook.parse.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one set of callout types every dialect maps onto: Docusaurus admonitions, MkDocs (Material)
 * admonitions with their aliases, GitHub alerts and GitBook hints. Each has a label and an icon.
 */
public enum CalloutType {
    NOTE("Note", "M11 1l4 4-9 9H2v-4zM3.5 10.5v2h2z", "note", "secondary", "seealso"),
    ABSTRACT("Abstract", "M5 1h6v2h2v12H3V3h2zm1 1v2h4V2zM5 7h6v1H5zm0 3h6v1H5z", "abstract", "summary", "tldr"),
    INFO("Info", "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM7 7h2v5H7zm0-3h2v2H7z", "info", "todo"),
    TIP("Tip", "M8 1a5 5 0 0 0-3 9.1V12h6v-1.9A5 5 0 0 0 8 1zM6 13h4v2H6z", "tip", "hint"),
    IMPORTANT("Important", "M2 2h12v9H7l-3 3v-3H2zm5 2v4h2V4zm0 5v1.5h2V9z", "important"),
    SUCCESS("Success", "M6 10.6L3.4 8 2 9.4l4 4 8-8L12.6 4z", "success", "check", "done"),
    QUESTION(
            "Question",
            "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM7 11h2v2H7zm1-8a3 3 0 0 0-3 3h2a1 1 0 1 1 1 1H7v3h2V8.8A3 3 0 0 0 8 3z",
            "question",
            "help",
            "faq"),
    WARNING("Warning", "M8 1l7 14H1zM7 6v4h2V6zm0 5v2h2v-2z", "warning", "attention"),
    CAUTION("Caution", "M5 1h6l4 4v6l-4 4H5l-4-4V5zm2 3v5h2V4zm0 6v2h2v-2z", "caution"),
    FAILURE(
            "Failure",
            "M3.4 2L8 6.6 12.6 2 14 3.4 9.4 8l4.6 4.6-1.4 1.4L8 9.4 3.4 14 2 12.6 6.6 8 2 3.4z",
            "failure",
            "fail",
            "missing"),
    DANGER("Danger", "M9 1L3 9h4l-1 6 6-8H8z", "danger", "error"),
    BUG("Bug", "M5 4a3 3 0 0 1 6 0zM4 5h8v5a4 4 0 0 1-8 0zM1 7h3v1H1zm11 0h3v1h-3zM1 11h3v1H1zm11 0h3v1h-3z", "bug"),
    EXAMPLE("Example", "M2 3h2v2H2zm4 0h8v2H6zM2 7h2v2H2zm4 0h8v2H6zm-4 4h2v2H2zm4 0h8v2H6z", "example"),
    QUOTE("Quote", "M2 4h5v5l-2 4H3l2-4H2zm7 0h5v5l-2 4h-2l2-4H9z", "quote", "cite");

    private static final Map<String, CalloutType> BY_NAME = new HashMap<>();

    static {
        for (CalloutType type : values()) {
            for (String name : type.names) {
                BY_NAME.put(name, type);
            }
        }
    }

    private final String label;
    private final String iconPath;
    private final String[] names;

    CalloutType(String label, String iconPath, String... names) {
        this.label = label;
        this.iconPath = iconPath;
        this.names = names;
    }

    /** The type a dialect's word names (any case), or empty when no dialect knows it. */
    public static Optional<CalloutType> named(String word) {
        return Optional.ofNullable(BY_NAME.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Every word that names a type, for the message about one that does not. */
    public static java.util.List<String> names() {
        return BY_NAME.keySet().stream().sorted().toList();
    }

    /** The class suffix in the page: {@code callout-warning}. */
    public String cssName() {
        return names[0];
    }

    public String label() {
        return label;
    }

    /** The icon, drawn on a 16-by-16 grid in the text colour, hidden from assistive technology. */
    public String iconSvg() {
        return "<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\">"
                + "<path d=\"" + iconPath + "\"></path></svg>";
    }
}
