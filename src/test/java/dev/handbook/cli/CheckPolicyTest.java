package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What decides whether a check fails: the date (waivers, enforcement dates), site.yml's severity
 * policy and strict mode, and a schema of the team's own. One fixture handbook per scenario.
 */
class CheckPolicyTest {

    private static final String GAUGE = "content/products/gauge.md";

    @TempDir
    Path temp;

    @Test
    void aWaiverHoldsThroughItsUntilDate() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/waiver-until-2027-03-31", temp), "2027-03-31");

        assertEquals(List.of("0 errors, 0 warnings in 0 of 1 page"), run.errLines());
        assertEquals(0, run.exitCode());
    }

    @Test
    void aWaiverPastItsUntilDateIsAnError() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/waiver-until-2027-03-31", temp), "2027-04-01");

        assertEquals(
                List.of(
                        GAUGE + ":11:12: error: the waiver for `owner` ended on 2027-03-31; add `owner:` or "
                                + "extend `until` with a fresh reason [expired-waiver]",
                        "1 error, 0 warnings in 1 of 1 page"),
                run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void beforeItsEnforcementDateAMissingCharacteristicIsAWarningSayingWhenItBecomesAnError() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/enforced-from-2027-01-01", temp), "2026-12-31");

        assertEquals(
                List.of(
                        GAUGE + ":4:1: warning: " + missingPrivacyNote() + "; this becomes an error on 2027-01-01 "
                                + "[missing-characteristic]",
                        "0 errors, 1 warning in 1 of 1 page"),
                run.errLines());
        assertEquals(0, run.exitCode());
    }

    @Test
    void fromItsEnforcementDateAMissingCharacteristicIsAnError() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/enforced-from-2027-01-01", temp), "2027-01-01");

        assertEquals(
                List.of(
                        GAUGE + ":4:1: error: " + missingPrivacyNote() + " [missing-characteristic]",
                        "1 error, 0 warnings in 1 of 1 page"),
                run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void warningsAloneDoNotFail() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/warnings-only", temp), "2026-11-21");

        assertEquals(List.of(unknownColour("warning"), "0 errors, 1 warning in 1 of 1 page"), run.errLines());
        assertEquals(0, run.exitCode());
    }

    @Test
    void strictModeMakesWarningsFail() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/strict-warnings", temp), "2026-11-21");

        assertEquals(List.of(unknownColour("warning"), "0 errors, 1 warning in 1 of 1 page"), run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void severityOverridesRaiseOneRuleAndSilenceAnother() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/severity-overrides", temp), "2026-11-21");

        assertEquals(List.of(unknownColour("error"), "1 error, 0 warnings in 1 of 1 page"), run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aCustomLevelAndACharacteristicRequiredFromItAreEnforced() {
        CheckRun run = CheckRun.check(CheckRun.fixture("checks/custom-schema", temp), "2026-11-21");

        assertEquals(
                List.of(
                        "content/products/relay.md:4:1: error: missing `pilot_site`, which `pilot` and above "
                                + "require (this page declares `pilot`); add `pilot_site:` (The harbour where it is piloted, "
                                + "and who there reports back.), or lower the claim: `maturity: idea` is the highest level this "
                                + "page satisfies [missing-characteristic]",
                        "1 error, 0 warnings in 1 of 3 pages"),
                run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void theRepositorysOwnHandbookChecksClean() throws IOException {
        Path root = Path.of(System.getProperty("basedir", "."));
        Path copy = CheckRun.copyTree(root.resolve("content"), temp.resolve("own/content"))
                .getParent();
        Files.copy(root.resolve("site.yml"), copy.resolve("site.yml"));

        CheckRun run = CheckRun.check(copy, "2026-11-21");

        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).matches("0 errors, 0 warnings in 0 of \\d+ pages"), run.err());
        assertEquals(0, run.exitCode());
    }

    private static String missingPrivacyNote() {
        return "missing `privacy_note`, which `idea` and above require (this page declares `idea`); add `privacy_note:` "
                + "(What personal data it keeps, and for how long.), or lower the claim: no level is satisfied yet";
    }

    private static String unknownColour(String severity) {
        return GAUGE + ":9:1: " + severity + ": `colour` is not a front matter key; remove it, or declare it as a "
                + "characteristic in site.yml's schema [unknown-key]";
    }
}
