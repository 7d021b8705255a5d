package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import java.util.List;

/** site.yml (or the folders it names) cannot be used: a usage problem, not a content one. */
public final class ConfigException extends Exception {

    private final transient List<Diagnostic> diagnostics;

    public ConfigException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "configuration error" : diagnostics.get(0).toText());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
