package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code handbook explain RULE}: what a rule checks and how to satisfy it. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explain a rule: what it checks, an example, how to fix it and how to change its severity.")
final class ExplainCommand implements Callable<Integer> {

    private final AuthorRunner runner;

    @Parameters(
            paramLabel = "RULE",
            description = "A rule id, as printed at the end of a diagnostic, e.g. placeholder-value.")
    String rule;

    ExplainCommand(AuthorRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        return runner.explain(rule);
    }
}
