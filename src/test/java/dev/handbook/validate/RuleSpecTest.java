package dev.handbook.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.handbook.config.ConfigException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Rule;
import dev.handbook.run.HandbookCheck;
import dev.handbook.testing.Machine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example of {@code spec/rules.md}: the handbook it describes must check to exactly its
 * lines, on every {@link Machine}: written with CRLF line ends, with a byte order mark, and checked
 * under a Turkish locale and a far time zone.
 */
class RuleSpecTest {

    private static final String SPEC = "/spec/rules.md";
    /**
     * Rules no small text example can show: an 8 MiB page, a symbolic link, a named pipe, a stack overflow, a
     * failing disk; and the rules about what is not a page.
     */
    private static final Set<String> NOT_IN_SPEC = Set.of(
            Rule.FILE_TOO_LARGE.id(),
            Rule.UNSAFE_LINK.id(),
            Rule.SPECIAL_FILE.id(),
            Rule.MARKDOWN.id(),
            Rule.IO.id(),
            // not findings of a check: a missing source folder (named by its absolute path here), a
            // template failing and an output that cannot be written are tested where they happen
            // (CliTest, SecretsIT, OutputAttacksTest, UnreachableOutputTest)
            Rule.USAGE.id(),
            Rule.TEMPLATE.id(),
            Rule.OUTPUT.id());

    @TestFactory
    Stream<DynamicContainer> examples(@TempDir Path temp) {
        return Arrays.stream(Machine.values())
                .map(machine -> DynamicContainer.dynamicContainer(
                        machine.name(),
                        examples().stream()
                                .map(example -> DynamicTest.dynamicTest(
                                        example.name(),
                                        URI.create("classpath:" + SPEC + "?line=" + example.line()),
                                        () -> verify(
                                                example,
                                                machine,
                                                temp.resolve(machine + "-" + example.section() + "-"
                                                        + example.number()))))));
    }

    @Test
    void everyRuleHasASectionAndEverySectionIsARule() {
        Set<String> sections =
                examples().stream().map(RuleSpec.Example::section).collect(Collectors.toSet());
        Set<String> rules = Arrays.stream(Rule.values())
                .map(Rule::id)
                .filter(id -> !NOT_IN_SPEC.contains(id))
                .collect(Collectors.toSet());
        assertEquals(
                rules,
                sections,
                "a rule needs a section of examples in " + SPEC
                        + " (or, when no text example can show it, a place in NOT_IN_SPEC)");
    }

    @Test
    void everySectionShowsACleanPageAndItsRuleFiring() {
        for (String section :
                examples().stream().map(RuleSpec.Example::section).distinct().toList()) {
            List<RuleSpec.Example> inSection =
                    examples().stream().filter(e -> e.section().equals(section)).toList();
            assertTrue(inSection.stream().anyMatch(e -> e.expected().isEmpty()), section + " has no clean example");
            assertTrue(
                    inSection.stream()
                            .anyMatch(e -> e.expected().stream().anyMatch(l -> l.endsWith("[" + section + "]"))),
                    section + " has no example reporting it");
        }
    }

    private static void verify(RuleSpec.Example example, Machine machine, Path handbook) throws Exception {
        List<String> actual = machine.run(() -> check(example, machine, handbook));
        String expected = String.join("\n", example.expected());
        if (example.bug() == null) {
            assertEquals(expected, String.join("\n", actual), example.name());
            return;
        }
        if (expected.equals(String.join("\n", actual))) {
            fail(example.name() + " now passes: remove its `bug:` line from " + SPEC);
        }
        Assumptions.abort("BUG: " + example.bug() + "; actual: " + actual);
    }

    private static List<String> check(RuleSpec.Example example, Machine machine, Path handbook) throws IOException {
        Files.createDirectories(handbook.resolve("content"));
        for (RuleSpec.SpecFile file : example.files()) {
            Path target = handbook.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, machine.write(file.text(), file.charset()));
        }
        try {
            return new HandbookCheck()
                    .check(dev.handbook.run.RunOptions.of(handbook, example.today())).diagnostics().stream()
                            .map(Diagnostic::toText)
                            .toList();
        } catch (ConfigException e) {
            return e.diagnostics().stream().map(Diagnostic::toText).toList();
        } catch (RuntimeException e) {
            return List.of("check threw " + e);
        }
    }

    private static List<RuleSpec.Example> examples() {
        try (InputStream in = RuleSpecTest.class.getResourceAsStream(SPEC)) {
            return RuleSpec.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
