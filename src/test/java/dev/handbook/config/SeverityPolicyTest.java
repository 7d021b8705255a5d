package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeverityPolicyTest {

    private static final Diagnostic BROKEN =
            new Diagnostic("content/a.md", Position.START, Severity.ERROR, "broken-link", "gone");

    @Test
    void ruleWithoutOverrideIsUnchanged() {
        assertEquals(Optional.of(BROKEN), SeverityPolicy.DEFAULT.apply(BROKEN));
    }

    @Test
    void overrideChangesTheSeverity() {
        SeverityPolicy policy = new SeverityPolicy(Map.of(Rule.BROKEN_LINK, SeverityPolicy.Level.WARNING), false);

        assertEquals(Severity.WARNING, policy.apply(BROKEN).orElseThrow().severity());
    }

    @Test
    void offDropsTheFinding() {
        assertEquals(
                Optional.empty(),
                new SeverityPolicy(Map.of(Rule.BROKEN_LINK, SeverityPolicy.Level.OFF), false).apply(BROKEN));
    }

    @Test
    void strictFailsOnWarnings() {
        assertFalse(SeverityPolicy.DEFAULT.fails(0, 3));
        assertTrue(new SeverityPolicy(Map.of(), true).fails(0, 1));
        assertTrue(SeverityPolicy.DEFAULT.fails(1, 0));
    }

    @Test
    void aLevelTheRuleDoesNotAllowIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SeverityPolicy(Map.of(Rule.ENCODING, SeverityPolicy.Level.OFF), false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SeverityPolicy(Map.of(Rule.CONFIG, SeverityPolicy.Level.WARNING), false));
    }

    @Test
    void anEssentialRuleMayBecomeAWarning() {
        SeverityPolicy policy = new SeverityPolicy(Map.of(Rule.ENCODING, SeverityPolicy.Level.WARNING), false);
        Diagnostic notText = new Diagnostic("content/a.md", Position.START, Severity.ERROR, Rule.ENCODING, "bytes");

        assertEquals(Severity.WARNING, policy.apply(notText).orElseThrow().severity());
    }

    @Test
    void levelsAreTheWordsOfSiteYml() {
        assertEquals(Optional.of(SeverityPolicy.Level.OFF), SeverityPolicy.Level.of("off"));
        assertEquals(Optional.empty(), SeverityPolicy.Level.of("fatal"));
    }
}
