package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * The user's say over severities: per-rule overrides ({@code error}, {@code warning}, {@code off})
 * and strict mode, in which warnings fail the build too.
 */
public record SeverityPolicy(Map<String, String> overrides, boolean strict) {

    public static final SeverityPolicy DEFAULT = new SeverityPolicy(Map.of(), false);

    public SeverityPolicy {
        overrides = Map.copyOf(overrides);
        overrides.values().forEach(SeverityPolicy::checkLevel);
    }

    /** The diagnostic as the user wants it, or empty when its rule is turned off. */
    public Optional<Diagnostic> apply(Diagnostic diagnostic) {
        String override = overrides.get(diagnostic.rule());
        if (override == null) {
            return Optional.of(diagnostic);
        }
        if (override.equals("off")) {
            return Optional.empty();
        }
        return Optional.of(diagnostic.withSeverity(Severity.fromLabel(override)));
    }

    /** Whether these findings fail the build. */
    public boolean fails(long errors, long warnings) {
        return errors > 0 || (strict && warnings > 0);
    }

    private static void checkLevel(String level) {
        if (!level.equals("off") && !level.equals("error") && !level.equals("warning")) {
            throw new IllegalArgumentException("severity must be error, warning or off: " + level);
        }
    }
}
