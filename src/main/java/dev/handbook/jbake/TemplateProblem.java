package dev.handbook.jbake;

import freemarker.template.TemplateException;

/** A template error as one line a writer can act on: template, line, column and FreeMarker's reason. */
final class TemplateProblem {

    private TemplateProblem() {
    }

    static String describe(TemplateException e) {
        String where = e.getTemplateSourceName() == null ? "template"
                : "templates/" + e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        String reason = e.getMessageWithoutStackTop();
        int end = reason.indexOf('\n');
        return where + ": error: " + (end < 0 ? reason : reason.substring(0, end)).trim() + " [template]";
    }
}
