package dev.handbook.explain;

import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule checks and how to satisfy it, for {@code handbook explain RULE}. The prose lives in
 * {@code dev/handbook/explain/RULE-ID.txt}; the heading and the severity advice come from {@link Rule}.
 */
public record RuleExplanation(Rule rule, String text) {

    public RuleExplanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("no explanation for " + rule.id());
        }
    }

    /** The explanation shipped for a rule; every rule has one. */
    public static RuleExplanation of(Rule rule) {
        String resource = rule.id() + ".txt";
        try (InputStream in = RuleExplanation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no explanation for rule " + rule.id() + " (" + resource + ")");
            }
            return new RuleExplanation(rule, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule a user typed: its id, in any case, also as copied from a diagnostic ({@code [rule-id]}). */
    public static Optional<Rule> find(String typed) {
        return Rule.byId(normalize(typed));
    }

    /** {@code  (did you mean `placeholder-value`?)} for a misspelt rule id, or nothing. */
    public static String didYouMean(String typed) {
        return Suggestions.didYouMean(normalize(typed), Rule.ids());
    }

    /** The full text: rule id and summary, the prose, then whether and how its severity can change. */
    public String render() {
        return rule.id() + " (" + rule.defaultSeverity().label() + " by default)\n"
                + rule.summary() + "\n\n"
                + text + "\n\n"
                + "Severity\n"
                + severity();
    }

    private String severity() {
        String id = rule.id();
        String severity = rule.defaultSeverity().label();
        if (rule == Rule.RESERVED_ADDRESS) {
            return "  Always an error: the site cannot publish a page where it publishes one of its own, so\n"
                    + "  site.yml's `severity:` cannot change it.\n";
        }
        if (rule.adjustable() == Rule.Adjustable.NEVER) {
            return "  Always " + severity + ": it stops the run before there is anything to check or publish, so\n"
                    + "  site.yml's `severity:` cannot change it.\n";
        }
        String other = severity.equals("error") ? "warning" : "error";
        String levels = rule.adjustable() == Rule.Adjustable.FULLY
                ? "(error, warning or off)"
                : "(error or warning; it cannot be turned off)";
        return "  " + capitalized(severity)
                + " by default. To change it for the whole handbook, set it in site.yml\n"
                + "  " + levels + ":\n\n"
                + "    severity:\n"
                + "      " + id + ": " + other + "\n\n"
                + "  With `strict: true` in site.yml, warnings fail the check as errors do.\n";
    }

    private static String normalize(String typed) {
        return typed.strip().replaceAll("^[\\[`]+|[\\]`]+$", "").toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
