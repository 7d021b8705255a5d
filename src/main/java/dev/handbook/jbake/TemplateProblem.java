package dev.handbook.jbake;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import freemarker.template.TemplateException;

/** A template error as a finding a writer can act on: template, line, column and FreeMarker's reason. */
final class TemplateProblem {

    private TemplateProblem() {}

    static Diagnostic describe(TemplateException e) {
        String reason = e.getMessageWithoutStackTop();
        int end = reason.indexOf('\n');
        String message = (end < 0 ? reason : reason.substring(0, end)).trim();
        if (e.getTemplateSourceName() == null || e.getLineNumber() == null || e.getLineNumber() < 1) {
            return new Diagnostic("templates", Position.START, Severity.ERROR, Rule.TEMPLATE, message);
        }
        int column = e.getColumnNumber() == null || e.getColumnNumber() < 1 ? 1 : e.getColumnNumber();
        return new Diagnostic(
                "templates/" + e.getTemplateSourceName(),
                new Position(e.getLineNumber(), column),
                Severity.ERROR,
                Rule.TEMPLATE,
                message);
    }
}
