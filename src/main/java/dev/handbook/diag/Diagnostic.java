package dev.handbook.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the handbook: where it is, how bad, which rule, and what to do.
 * The path is relative to the source folder and always uses forward slashes; the rule is the id of
 * a {@link Rule} (any other id is refused).
 */
public record Diagnostic(String path, Position position, Severity severity, String rule, String message) {

    /** The one order for diagnostics everywhere: path, line, column, then rule. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparing(Diagnostic::position)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Rule.of(rule);
    }

    /** A finding of a registered rule. */
    public Diagnostic(String path, Position position, Severity severity, Rule rule, String message) {
        this(path, position, severity, rule.id(), message);
    }

    /** The registry entry of this finding's rule. */
    public Rule registered() {
        return Rule.of(rule);
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(path, position, newSeverity, rule, message);
    }

    /**
     * The compiler-style line: {@code content/products/x.md:12:3: error: MESSAGE [rule-id]}, always
     * one line, whatever the path and message hold ({@link Printable#line}).
     */
    public String toText() {
        return Printable.line(path + ":" + line() + ":" + column() + ": " + severity.label() + ": " + message + " ["
                + rule + "]");
    }
}
