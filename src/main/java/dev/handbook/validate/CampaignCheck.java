package dev.handbook.validate;

import dev.handbook.config.Campaign;
import dev.handbook.config.CampaignRequirement;
import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import dev.handbook.parse.ParsedPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code campaign}: every product a campaign concerns is judged against it once the other checks
 * have run (a campaign on a rule reads their findings). While the campaign runs, a product that
 * falls short gets a warning; from the deadline on, an error; before the start, nothing.
 */
final class CampaignCheck {

    private final List<Campaign> campaigns;
    private final Schema schema;
    private final LocalDate today;

    CampaignCheck(List<Campaign> campaigns, Schema schema, LocalDate today) {
        this.campaigns = campaigns;
        this.schema = schema;
        this.today = today;
    }

    /**
     * @param products product pages
     * @param claims   what each product page claims, by content-relative path
     * @param out      every finding so far, before the severity policy (a campaign on a rule holds
     *                 products to that rule whatever site.yml makes of it); the campaign's findings join them
     * @return each product's verdicts (by content-relative path), in site.yml's campaign order
     */
    Map<String, List<CampaignVerdict>> check(
            List<ParsedPage> products, Map<String, ProductClaim> claims, Diagnostics out) {
        if (campaigns.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Diagnostic>> ruleFindings = ruleFindings(out);
        Map<String, List<CampaignVerdict>> verdicts = new HashMap<>();
        for (ParsedPage page : products) {
            ProductClaim claim = claims.get(page.path());
            if (claim == null) {
                continue;
            }
            List<CampaignVerdict> mine = new ArrayList<>();
            MaturityLadder ladder = new MaturityLadder(schema, claim, today);
            for (Campaign campaign : campaigns) {
                CampaignVerdict verdict = campaign.require() instanceof CampaignRequirement.OfCharacteristic c
                        ? characteristic(campaign, c, claim, ladder)
                        : rule(
                                campaign,
                                ruleFindings.getOrDefault(page.sourcePath(), List.of()),
                                ((CampaignRequirement.OfRule) campaign.require()).rule());
                if (verdict != null) {
                    mine.add(verdict);
                    report(page, claim, verdict, ruleFindings, out);
                }
            }
            if (!mine.isEmpty()) {
                verdicts.put(page.path(), List.copyOf(mine));
            }
        }
        return verdicts;
    }

    /** Only the findings of rules some campaign names, by page, in reading order. */
    private Map<String, List<Diagnostic>> ruleFindings(Diagnostics findings) {
        Set<String> rules = campaigns.stream()
                .filter(c -> c.require() instanceof CampaignRequirement.OfRule)
                .map(c -> ((CampaignRequirement.OfRule) c.require()).rule().id())
                .collect(Collectors.toSet());
        if (rules.isEmpty()) {
            return Map.of();
        }
        return findings.sorted().stream()
                .filter(d -> rules.contains(d.rule()))
                .collect(Collectors.groupingBy(Diagnostic::path, LinkedHashMap::new, Collectors.toList()));
    }

    /** Null when the product is below the campaign's level (or declares no level of the schema). */
    private CampaignVerdict characteristic(
            Campaign campaign,
            CampaignRequirement.OfCharacteristic require,
            ProductClaim claim,
            MaturityLadder ladder) {
        int level = claim.maturity() == null ? -1 : schema.levelIndex(claim.maturity());
        if (level < 0 || level < schema.levelIndex(require.from())) {
            return null;
        }
        Characteristic c = schema.characteristic(require.key()).orElseThrow();
        return ladder.isSatisfied(c)
                ? new CampaignVerdict(campaign, true, List.of())
                : new CampaignVerdict(campaign, false, List.of(c.key()));
    }

    private static CampaignVerdict rule(Campaign campaign, List<Diagnostic> findings, Rule rule) {
        List<String> lacking = findings.stream()
                .filter(d -> d.rule().equals(rule.id()))
                .map(d -> "line " + d.line() + ": " + d.message())
                .toList();
        return new CampaignVerdict(campaign, lacking.isEmpty(), lacking);
    }

    private void report(
            ParsedPage page,
            ProductClaim claim,
            CampaignVerdict verdict,
            Map<String, List<Diagnostic>> ruleFindings,
            Diagnostics out) {
        Campaign campaign = verdict.campaign();
        Campaign.Phase phase = campaign.phaseOn(today);
        if (verdict.met() || phase == Campaign.Phase.UPCOMING) {
            return;
        }
        boolean due = phase == Campaign.Phase.DUE;
        String head = "campaign `" + campaign.id() + "` (" + campaign.title() + ") " + (due ? "requires " : "wants ");
        String when = due ? " since its deadline " + campaign.deadline() : " by " + campaign.deadline();
        String message;
        Position at;
        if (campaign.require() instanceof CampaignRequirement.OfCharacteristic c) {
            Characteristic characteristic = schema.characteristic(c.key()).orElseThrow();
            String fix = claim.value(c.key()).isPresent()
                    ? "replace the placeholder in `" + c.key() + "` with the real "
                    : "add `" + c.key() + ":`, the ";
            message = head + "`" + c.key() + "` on every product at `" + c.from() + "` or above" + when + "; " + fix
                    + characteristic.label().toLowerCase(java.util.Locale.ROOT) + " (" + characteristic.explanation()
                    + ")";
            at = claim.value(c.key()).map(ProductClaim.Value::position).orElse(claim.maturityAt());
        } else {
            Rule rule = ((CampaignRequirement.OfRule) campaign.require()).rule();
            int count = verdict.lacking().size();
            message = head + "no `" + rule.id() + "` finding on product pages" + when + "; this page has " + count
                    + (count == 1 ? "; fix it" : "; fix them");
            at = ruleFindings.get(page.sourcePath()).get(0).position();
        }
        out.add(new Diagnostic(
                page.sourcePath(), at, due ? Severity.ERROR : Severity.WARNING, Rule.CAMPAIGN.id(), message));
    }
}
