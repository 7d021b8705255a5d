package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Rule;
import dev.handbook.explain.RuleExplanation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code handbook explain RULE}: every rule explained, from one text per rule. */
class ExplainCommandTest {

    private static final Path TEXTS = Path.of("src/main/resources/dev/handbook/explain");

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleHasAnExplanationWithAnExampleThatNamesIt(Rule rule) {
        String text = RuleExplanation.of(rule).text();
        for (String section : List.of("What it checks\n", "\n\nExample\n", "\n\nHow to fix\n")) {
            assertTrue(text.contains(section), rule.id() + " lacks " + section.strip());
        }
        assertTrue(text.contains("[" + rule.id() + "]"), rule.id() + ": the example should show a diagnostic line");
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void explainPrintsTheRuleItsSeverityAndHowToChangeIt(Rule rule) {
        Fixtures.Run run = Fixtures.cli("explain", rule.id());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String severity = rule.defaultSeverity().label();
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(rule.id() + " (" + severity + " by default)", rule.summary(), ""), lines.subList(0, 3));
        assertTrue(run.out().contains(RuleExplanation.of(rule).text()), run.out());
        if (rule == Rule.RESERVED_ADDRESS) {
            assertTrue(
                    run.out()
                            .endsWith("Severity\n  Always an error: the site cannot publish a page where it "
                                    + "publishes one of its own, so\n  site.yml's `severity:` cannot change it.\n"),
                    run.out());
        } else if (rule.adjustable() == Rule.Adjustable.NEVER) {
            assertTrue(
                    run.out()
                            .endsWith("Severity\n  Always " + severity + ": it stops the run before there is "
                                    + "anything to check or publish, so\n  site.yml's `severity:` cannot change it.\n"),
                    run.out());
        } else {
            assertTrue(
                    run.out()
                            .contains("    severity:\n      " + rule.id() + ": "
                                    + (severity.equals("error") ? "warning" : "error") + "\n"),
                    run.out());
            assertEquals(
                    rule.adjustable() == Rule.Adjustable.NOT_OFF,
                    run.out().contains("(error or warning; it cannot be turned off)"),
                    run.out());
        }
    }

    @Test
    void theRulesOfSetupAndOutputAreExplainedToo() {
        for (String id : List.of("config", "usage", "template", "output")) {
            Fixtures.Run run = Fixtures.cli("explain", id);
            assertEquals(0, run.exitCode(), id + ": " + run.err());
            assertTrue(run.out().startsWith(id + " (error by default)\n"), run.out());
        }
    }

    @Test
    void aRuleCopiedFromADiagnosticIsFound() {
        Fixtures.Run run = Fixtures.cli("explain", "[Placeholder-Value]");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("placeholder-value (error by default)\n"), run.out());
    }

    @Test
    void aTypoSuggestsTheRuleAndListsThemAll() {
        Fixtures.Run run = Fixtures.cli("explain", "placeholder-vlaue");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(
                List.of("error: `placeholder-vlaue` is not a rule (did you mean `placeholder-value`?); the rules "
                        + "are: " + String.join(", ", Rule.ids())),
                run.errLines());
    }

    @Test
    void aWordFarFromAnyRuleListsThemAll() {
        Fixtures.Run run = Fixtures.cli("explain", "spelling");
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of("error: `spelling` is not a rule; the rules are: " + String.join(", ", Rule.ids())),
                run.errLines());
    }

    @Test
    void everyTextBelongsToARule() throws IOException {
        Set<String> texts;
        try (Stream<Path> files = Files.list(TEXTS)) {
            texts = files.map(f -> f.getFileName().toString().replaceFirst("\\.txt$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new)), texts);
    }
}
