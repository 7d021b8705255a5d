package dev.handbook.model;

import dev.handbook.config.Campaign;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where one product stands in one campaign that concerns it, on the build's day.
 *
 * @param phase   the campaign's phase on that day
 * @param met     whether the product meets the requirement (a waiver in force counts)
 * @param lacking what it still lacks: the characteristic's key, or a finding ("line 7: ..."); empty when met
 */
public record CampaignStatus(Campaign campaign, Campaign.Phase phase, boolean met, List<String> lacking) {

    public CampaignStatus {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(phase, "phase");
        lacking = List.copyOf(lacking);
    }

    public LocalDate deadline() {
        return campaign.deadline();
    }

    /** Something to do: the product falls short and the campaign has started. */
    public boolean isOpen() {
        return !met && phase != Campaign.Phase.UPCOMING;
    }
}
