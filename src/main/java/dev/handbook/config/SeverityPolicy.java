package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's say over severities: per-rule overrides ({@code error}, {@code warning}, {@code off})
 * and strict mode, in which warnings fail the build too. An override the rule does not allow
 * ({@link Rule#adjustable()}) is refused on construction.
 */
public record SeverityPolicy(Map<Rule, Level> overrides, boolean strict) {

    public static final SeverityPolicy DEFAULT = new SeverityPolicy(Map.of(), false);

    /** What site.yml may set a rule to. */
    public enum Level {
        ERROR,
        WARNING,
        OFF;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The level a word of site.yml names, if any. */
        public static Optional<Level> of(String word) {
            return Arrays.stream(values())
                    .filter(level -> level.label().equals(word))
                    .findFirst();
        }
    }

    public SeverityPolicy {
        overrides = Map.copyOf(overrides);
        overrides.forEach(SeverityPolicy::checkAllowed);
    }

    /** The diagnostic as the user wants it, or empty when its rule is turned off. */
    public Optional<Diagnostic> apply(Diagnostic diagnostic) {
        Level override = overrides.get(diagnostic.registered());
        if (override == null) {
            return Optional.of(diagnostic);
        }
        return switch (override) {
            case OFF -> Optional.empty();
            case ERROR -> Optional.of(diagnostic.withSeverity(Severity.ERROR));
            case WARNING -> Optional.of(diagnostic.withSeverity(Severity.WARNING));
        };
    }

    /** Whether these findings fail the build. */
    public boolean fails(long errors, long warnings) {
        return errors > 0 || (strict && warnings > 0);
    }

    public SeverityPolicy strictly() {
        return new SeverityPolicy(overrides, true);
    }

    private static void checkAllowed(Rule rule, Level level) {
        if (rule.adjustable() == Rule.Adjustable.NEVER
                || rule.adjustable() == Rule.Adjustable.NOT_OFF && level == Level.OFF) {
            throw new IllegalArgumentException(rule.id() + " cannot be set to " + level.label());
        }
    }
}
