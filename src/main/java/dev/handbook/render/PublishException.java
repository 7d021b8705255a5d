package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishing itself failed (a template error, a file that could not be written): nothing was published.
 * Template errors are located in their template; what went wrong with the output is located in the
 * output folder, which only the caller knows.
 */
public final class PublishException extends Exception {

    private final transient List<Diagnostic> located;
    private final transient List<String> output;

    public PublishException(List<Diagnostic> located, List<String> output) {
        super(String.join("\n", located.stream().map(Diagnostic::toText).toList()) + String.join("\n", output));
        this.located = List.copyOf(located);
        this.output = List.copyOf(output);
    }

    /** Every finding, those about the output at the given folder (as the user named it). */
    public List<Diagnostic> diagnostics(String outputFolder) {
        List<Diagnostic> all = new ArrayList<>(located);
        output.forEach(
                message -> all.add(new Diagnostic(outputFolder, Position.START, Severity.ERROR, Rule.OUTPUT, message)));
        all.sort(Diagnostic.ORDER);
        return List.copyOf(all);
    }
}
