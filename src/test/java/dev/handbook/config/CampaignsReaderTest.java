package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml's {@code campaigns:} as the loader reads it: well-formed campaigns kept, every mistake at its line. */
class CampaignsReaderTest {

    @TempDir
    Path source;

    private final SiteConfigLoader loader = new SiteConfigLoader();

    private SiteConfig load(String siteYml) throws ConfigException {
        write(siteYml);
        return loader.load(source);
    }

    private void write(String siteYml) {
        try {
            Files.writeString(source.resolve("site.yml"), siteYml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> failure(String siteYml) {
        write(siteYml);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(source));
        return e.diagnostics().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void aCampaignIsReadWithItsRequirementDatesAndLine() throws ConfigException {
        SiteConfig config = load("""
                title: T
                campaigns:
                  - id: roadmaps
                    title: Every product says where it goes next
                    require: {characteristic: roadmap, from: prototype}
                    starts: 2027-01-01
                    deadline: 2027-06-30
                  - id: short-missions
                    title: Missions a child can follow
                    why: Readers stop at the first long sentence.
                    require: {rule: mission-too-long}
                    starts: 2027-02-01
                    deadline: 2027-02-01
                    owner: Writers
                """);

        assertEquals(
                List.of(
                        new Campaign(
                                "roadmaps",
                                "Every product says where it goes next",
                                "",
                                new CampaignRequirement.OfCharacteristic("roadmap", "prototype"),
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 6, 30),
                                "",
                                new Position(3, 5)),
                        new Campaign(
                                "short-missions",
                                "Missions a child can follow",
                                "Readers stop at the first long sentence.",
                                new CampaignRequirement.OfRule(Rule.MISSION_TOO_LONG),
                                LocalDate.of(2027, 2, 1),
                                LocalDate.of(2027, 2, 1),
                                "Writers",
                                new Position(8, 5))),
                config.campaigns());
    }

    @Test
    void withoutFromACharacteristicConcernsEveryLevel() throws ConfigException {
        SiteConfig config = load("""
                campaigns:
                  - {id: a, title: A, require: {characteristic: owner}, starts: 2027-01-01, deadline: 2027-02-01}
                """);

        assertEquals(
                new CampaignRequirement.OfCharacteristic("owner", "idea"),
                config.campaigns().get(0).require());
    }

    @Test
    void theDeadlineDayIsTheFirstDayOfEnforcement() throws ConfigException {
        Campaign campaign = load("""
                campaigns:
                  - {id: a, title: A, require: {characteristic: owner}, starts: 2027-01-01, deadline: 2027-02-01}
                """).campaigns().get(0);

        assertEquals(Campaign.Phase.UPCOMING, campaign.phaseOn(LocalDate.of(2026, 12, 31)));
        assertEquals(Campaign.Phase.RUNNING, campaign.phaseOn(LocalDate.of(2027, 1, 1)));
        assertEquals(Campaign.Phase.RUNNING, campaign.phaseOn(LocalDate.of(2027, 1, 31)));
        assertEquals(Campaign.Phase.DUE, campaign.phaseOn(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void missingAndMisshapenFieldsAreReportedAtTheirLines() {
        assertEquals(
                List.of(
                        "site.yml:2:5: error: each campaign must be a map of keys such as `id:` and `title:`, not "
                                + "text [config]",
                        "site.yml:3:5: error: the campaign needs `require:`, either `{characteristic: KEY, from: "
                                + "LEVEL}` or `{rule: RULE-ID}` [config]",
                        "site.yml:3:5: error: the campaign needs `starts: YYYY-MM-DD`, the day reminders begin "
                                + "[config]",
                        "site.yml:3:5: error: the campaign needs a `title` saying what every product should have "
                                + "[config]",
                        "site.yml:3:9: error: campaign id `Run Books` must be lower-case letters, digits and "
                                + "hyphens, like `runbooks`: it names the page campaigns/ID.html [config]",
                        "site.yml:5:5: error: the campaign needs an `id` such as `runbooks`, which names its page "
                                + "[config]",
                        "site.yml:5:14: error: `require` names either a `characteristic` (with `from`, a level) or "
                                + "a `rule`, not both [config]",
                        "site.yml:6:12: error: the campaign's `title` is empty; it needs a `title` saying what "
                                + "every product should have [config]",
                        "site.yml:7:5: error: `owen` is not a key of a campaign (did you mean `owner`?); known "
                                + "keys: id, title, why, require, starts, deadline, owner [unknown-key]"),
                failure("""
                campaigns:
                  - just a word
                  - id: Run Books
                    deadline: 2027-01-01
                  - require: {characteristic: owner, rule: io}
                    title: ""
                    owen: me
                    starts: 2027-01-01
                    deadline: 2027-02-01
                """));
    }

    @Test
    void campaignsMustBeAList() {
        assertEquals(
                List.of("site.yml:1:12: error: `campaigns` must be a list of campaigns, each starting with `- id:`, "
                        + "not map [config]"),
                failure("campaigns: {id: a}\n"));
    }

    @Test
    void aCampaignCannotNameARuleThatStopsTheRunOrItself() {
        assertEquals(
                List.of("site.yml:2:39: error: `campaign` is not a rule a campaign can name; use one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Rule.values())
                                        .filter(r -> r.adjustable() != Rule.Adjustable.NEVER && r != Rule.CAMPAIGN)
                                        .map(Rule::id)
                                        .toList())
                        + " [config]"),
                failure("campaigns:\n  - {id: a, title: A, require: {rule: campaign}, starts: 2027-01-01, deadline:"
                        + " 2027-02-01}\n"));
    }
}
