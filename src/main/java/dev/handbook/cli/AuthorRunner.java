package dev.handbook.cli;

import dev.handbook.config.ConfigException;
import dev.handbook.diag.Printable;
import dev.handbook.diag.Rule;
import dev.handbook.explain.RuleExplanation;
import dev.handbook.scaffold.Scaffold;
import dev.handbook.scaffold.ScaffoldException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Runs the commands that help write a handbook: {@code new product}, {@code new guide}, {@code explain}. */
final class AuthorRunner {

    private final PrintStream out;
    private final PrintStream err;

    AuthorRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int newProduct(Path source, String name, String maturity) {
        return written(() -> new Scaffold().newProduct(source, name, maturity));
    }

    int newGuide(Path source, String title) {
        return written(() -> new Scaffold().newGuide(source, title));
    }

    int explain(String typed) {
        Optional<Rule> rule = RuleExplanation.find(typed);
        if (rule.isEmpty()) {
            err.println(Printable.line("error: `" + typed + "` is not a rule" + RuleExplanation.didYouMean(typed)
                    + "; the rules are: " + String.join(", ", Rule.ids())));
            return ExitCode.USAGE.code;
        }
        out.print(RuleExplanation.of(rule.get()).render());
        out.flush();
        return ExitCode.OK.code;
    }

    /** Prints the file a step wrote, or why it wrote nothing. */
    private int written(Step step) {
        try {
            out.println(step.run());
            return ExitCode.OK.code;
        } catch (ScaffoldException e) {
            err.println(Printable.line("error: " + e.getMessage()));
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> err.println(d.toText()));
        }
        return ExitCode.USAGE.code;
    }

    @FunctionalInterface
    private interface Step {
        Path run() throws ScaffoldException, ConfigException;
    }
}
