package dev.handbook.report;

import dev.handbook.diag.Printable;

/** GitHub Actions workflow commands ({@code ::error file=...::message}), escaped so no value ends one early. */
public final class WorkflowCommands {

    private WorkflowCommands() {}

    /**
     * One annotation.
     *
     * @param level {@code error}, {@code warning} or {@code notice}
     */
    public static String annotation(String level, String file, int line, int column, String title, String message) {
        return "::" + level + " file=" + property(file) + ",line=" + line + ",col=" + column + ",title="
                + property(title) + "::" + data(message);
    }

    /**
     * GitHub's escaping of a workflow command's data (%, CR, LF); any other control character
     * is written as an escape, as in the text format, so that no value ends the command early.
     */
    static String data(String text) {
        return Printable.escape(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** A property's value also may not hold the separators of properties (: and ,). */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
