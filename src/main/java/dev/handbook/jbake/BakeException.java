package dev.handbook.jbake;

import java.util.List;

/** The bake itself failed (a template error, a file that could not be written): nothing was published. */
public final class BakeException extends Exception {

    private final transient List<String> problems;

    public BakeException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
