package dev.handbook.model.todo;

import dev.handbook.config.Campaign;
import dev.handbook.config.CampaignRequirement;
import dev.handbook.model.CampaignStatus;
import dev.handbook.model.Campaigns;
import dev.handbook.model.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a started campaign still asks of a product, due by the campaign's deadline: the
 * characteristic it asks for, or each finding of the rule it asks to be rid of.
 */
final class CampaignItems implements TodoSource {

    private final Campaigns campaigns;

    CampaignItems(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public List<TodoItem> items(Product product, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        for (CampaignStatus status : campaigns.of(product)) {
            if (status.isOpen()) {
                status.lacking().forEach(lacking -> items.add(item(product, status, lacking)));
            }
        }
        return items;
    }

    private static TodoItem item(Product product, CampaignStatus status, String lacking) {
        Campaign campaign = status.campaign();
        String when =
                status.phase() == Campaign.Phase.DUE ? "was due " + campaign.deadline() : "due " + campaign.deadline();
        if (campaign.require() instanceof CampaignRequirement.OfCharacteristic) {
            String label = product.characteristic(lacking).map(e -> e.label()).orElse(lacking);
            return new TodoItem(
                    TodoItem.Kind.CAMPAIGN,
                    product,
                    lacking,
                    label,
                    "asked by the campaign \u201c" + campaign.title() + "\u201d, " + when,
                    campaign.deadline());
        }
        CampaignRequirement.OfRule rule = (CampaignRequirement.OfRule) campaign.require();
        return new TodoItem(
                TodoItem.Kind.CAMPAIGN,
                product,
                rule.rule().id(),
                rule.rule().id(),
                lacking + " (the campaign \u201c" + campaign.title() + "\u201d, " + when + ")",
                campaign.deadline());
    }
}
