package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishing itself failed (a template error, a file that could not be written): nothing was published.
 * Template errors are located in their template; what went wrong with the output is a set-up
 * finding without a place ({@link Diagnostic#SETUP}), as the output folder has no line to point at.
 */
public final class PublishException extends Exception {

    private final transient List<Diagnostic> located;
    private final transient List<String> output;

    public PublishException(List<Diagnostic> located, List<String> output) {
        super(String.join("\n", located.stream().map(Diagnostic::toText).toList()) + String.join("\n", output));
        this.located = List.copyOf(located);
        this.output = List.copyOf(output);
    }

    /** Every finding: those located in a template, and those about the output. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(located);
        output.forEach(message -> all.add(output(message)));
        all.sort(Diagnostic.ORDER);
        return List.copyOf(all);
    }

    /** A finding about the output folder: a set-up error, printed {@code error: MESSAGE [output]}. */
    public static Diagnostic output(String message) {
        return new Diagnostic(Diagnostic.SETUP, Position.START, Severity.ERROR, Rule.OUTPUT, message);
    }
}
