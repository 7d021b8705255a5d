package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign of site.yml judged on the command line: before, during and after its window, on a rule, badly written. */
class CampaignCheckTest {

    private static final String RUNBOOKS = "campaign `runbooks` (Every product past its idea has a runbook) ";
    private static final String PLACEHOLDER = "; replace the placeholder in `runbook` with the real runbook "
            + "(What to do, step by step, when it breaks at night.) [campaign]";
    private static final String MISSING =
            "; add `runbook:`, the runbook (What to do, step by step, when it breaks at night.) [campaign]";

    @TempDir
    Path temp;

    private Fixtures.Run check(String fixture, String today) {
        Path source = Fixtures.copy(fixture, temp);
        return Fixtures.cli("check", "--source", source.toString(), "--today", today);
    }

    @Test
    void beforeItStartsACampaignSaysNothing() {
        Fixtures.Run run = check("campaign-runbooks", "2026-11-30");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("0 errors, 0 warnings in 0 of 6 pages"), run.errLines());
    }

    @Test
    void whileItRunsEveryProductThatFallsShortIsWarnedWithTheDeadline() {
        Fixtures.Run run = check("campaign-runbooks", "2026-12-01");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "content/products/foghorn.md:13:10: warning: " + RUNBOOKS
                                + "wants `runbook` on every product at `prototype` or above by 2027-03-31"
                                + PLACEHOLDER,
                        "content/products/lens.md:4:1: warning: " + RUNBOOKS
                                + "wants `runbook` on every product at `prototype` or above by 2027-03-31" + MISSING,
                        "0 errors, 2 warnings in 2 of 6 pages"),
                run.errLines());
    }

    @Test
    void fromTheDeadlineOnItIsAnError() {
        Fixtures.Run run = check("campaign-runbooks", "2027-03-31");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "content/products/foghorn.md:13:10: error: " + RUNBOOKS
                                + "requires `runbook` on every product at `prototype` or above since its deadline "
                                + "2027-03-31" + PLACEHOLDER,
                        "content/products/lens.md:4:1: error: " + RUNBOOKS
                                + "requires `runbook` on every product at `prototype` or above since its deadline "
                                + "2027-03-31" + MISSING,
                        "2 errors, 0 warnings in 2 of 6 pages"),
                run.errLines());
    }

    @Test
    void theDayBeforeTheDeadlineIsStillAWarning() {
        Fixtures.Run run = check("campaign-runbooks", "2027-03-30");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("0 errors, 2 warnings in 2 of 6 pages", run.errLines().get(2));
    }

    @Test
    void aCampaignOnARuleNamesTheProductPagesWithItsFindingsOnly() {
        Fixtures.Run run = check("campaign-on-rule", "2027-01-31");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "content/guides/notes.md:5:1: warning: this paragraph is still a placeholder (`TODO:`); "
                                + "write the text it asks for, or remove it [placeholder-body]",
                        "content/products/sextant.md:13:1: error: campaign `no-leftovers` (No product page keeps a "
                                + "TODO paragraph) requires no `placeholder-body` finding on product pages since its "
                                + "deadline 2027-01-31; this page has 1; fix it [campaign]",
                        "content/products/sextant.md:13:1: warning: this paragraph is still a placeholder (`TODO:`); "
                                + "write the text it asks for, or remove it [placeholder-body]",
                        "1 error, 2 warnings in 2 of 3 pages"),
                run.errLines());
    }

    @Test
    void aCampaignOnARuleHoldsToItEvenWhenSiteYmlTurnsTheRuleOff() throws java.io.IOException {
        Path source = Fixtures.copy("campaign-on-rule", temp);
        java.nio.file.Files.writeString(
                source.resolve("site.yml"),
                "severity: {placeholder-body: off}\n",
                java.nio.file.StandardOpenOption.APPEND);
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString(), "--today", "2027-01-02");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "content/products/sextant.md:13:1: warning: campaign `no-leftovers` (No product page keeps a "
                                + "TODO paragraph) wants no `placeholder-body` finding on product pages by "
                                + "2027-01-31; this page has 1; fix it [campaign]",
                        "0 errors, 1 warning in 1 of 3 pages"),
                run.errLines());
    }

    @Test
    void badDefinitionsAreSiteYmlErrorsAtTheirLines() {
        Fixtures.Run run = check("campaign-bad-definitions", "2026-12-15");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "site.yml:5:31: error: `roadmapp` is not a characteristic of the schema (did you mean "
                                + "`roadmap`?); declare it under `schema.characteristics` or name one of mission, "
                                + "owner, alignment, alignment_note, does_not, interfaces, loop, roadmap, docs, brand, "
                                + "community [config]",
                        "site.yml:8:9: error: campaign id `runbooks` is already used at line 3; give each campaign "
                                + "its own id [config]",
                        "site.yml:10:46: error: `from: loops` names no maturity level (did you mean `loop`?); use "
                                + "one of idea, prototype, loop, steady [config]",
                        "site.yml:15:21: error: `placeholder-bodies` is not a rule a campaign can name (did you "
                                + "mean `placeholder-body`?); use one of yaml-syntax, duplicate-key, unknown-key, "
                                + "missing-characteristic, placeholder-value, placeholder-body, invalid-value, "
                                + "unknown-product, unknown-owner, team-parent, duplicate-slug, broken-link, missing-file, mission-too-long, "
                                + "stage-mismatch, unknown-callout, unknown-component, expired-waiver, stale-page, encoding, "
                                + "file-too-large, unsafe-link, special-file, name-too-long, path-collision, markdown, "
                                + "io [config]",
                        "site.yml:17:15: error: the deadline 2027-01-15 comes before the start 2027-02-01; a "
                                + "campaign must start on or before its deadline [config]",
                        "site.yml:21:13: error: `starts` must be a date like 2027-03-31 [config]",
                        "site.yml:22:15: error: `deadline` must be a date like 2027-03-31 [config]"),
                run.errLines());
    }
}
