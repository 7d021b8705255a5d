package dev.handbook.jbake;

import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.Optional;
import org.jbake.template.RenderingException;

/**
 * What went wrong in a bake, carried through JBake (which only passes exceptions on) from where a
 * page failed to the bake: template findings, and reasons the output could not be written.
 */
final class BakeFailure extends RenderingException {

    private final transient List<Diagnostic> located;
    private final transient List<String> output;

    BakeFailure(List<Diagnostic> located, List<String> output) {
        super(String.join("\n", located.stream().map(Diagnostic::toText).toList()) + String.join("\n", output));
        this.located = List.copyOf(located);
        this.output = List.copyOf(output);
    }

    List<Diagnostic> located() {
        return located;
    }

    List<String> output() {
        return output;
    }

    /** The failure somewhere in this throwable's causes, if it is one of ours. */
    static Optional<BakeFailure> in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BakeFailure failure) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }
}
