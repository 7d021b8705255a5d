package dev.handbook.validate;

import dev.handbook.config.Campaign;
import java.util.List;
import java.util.Objects;

/**
 * How one product stands in one campaign that concerns it.
 *
 * @param met     whether it meets the requirement (a waiver in force counts)
 * @param lacking what it still lacks, each a short text (the characteristic, or a finding); empty when met
 */
public record CampaignVerdict(Campaign campaign, boolean met, List<String> lacking) {

    public CampaignVerdict {
        Objects.requireNonNull(campaign, "campaign");
        lacking = List.copyOf(lacking);
        if (met != lacking.isEmpty()) {
            throw new IllegalArgumentException("a verdict lacks something exactly when it is not met");
        }
    }
}
