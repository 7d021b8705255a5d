package dev.handbook.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A collector of findings for one stage or one file. Not thread-safe: merge per-thread collectors. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String path, Position position, String rule, String message) {
        add(new Diagnostic(path, position, Severity.ERROR, rule, message));
    }

    public void warning(String path, Position position, String rule, String message) {
        add(new Diagnostic(path, position, Severity.WARNING, rule, message));
    }

    public void error(String path, Position position, Rule rule, String message) {
        add(new Diagnostic(path, position, Severity.ERROR, rule, message));
    }

    public void warning(String path, Position position, Rule rule, String message) {
        add(new Diagnostic(path, position, Severity.WARNING, rule, message));
    }

    public void addAll(Collection<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Every finding so far, in {@link Diagnostic#ORDER}. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
