package dev.handbook.config;

import dev.handbook.diag.Rule;
import java.util.Objects;

/** What a campaign asks of the products it concerns. */
public sealed interface CampaignRequirement {

    /** The requirement in a few plain words, as the campaign's page states it. */
    String describe();

    /**
     * A characteristic, present and real (or waived), for every product at level {@code from} or above.
     *
     * @param from the lowest maturity level concerned
     */
    record OfCharacteristic(String key, String from) implements CampaignRequirement {

        public OfCharacteristic {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public String describe() {
            return key + " on every product at " + from + " or above";
        }
    }

    /** No finding of a rule on any product's page. */
    record OfRule(Rule rule) implements CampaignRequirement {

        public OfRule {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String describe() {
            return "no " + rule.id() + " finding on any product page";
        }
    }
}
