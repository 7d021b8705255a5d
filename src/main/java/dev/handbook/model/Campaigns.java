package dev.handbook.model;

import dev.handbook.config.Campaign;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The campaigns of site.yml and how every product stands in each: the model's answer to "who
 * must do what, by when".
 *
 * @param campaigns every campaign, in site.yml order
 * @param byProduct content-relative product page path to its statuses, in site.yml order
 */
public record Campaigns(List<Campaign> campaigns, Map<String, List<CampaignStatus>> byProduct) {

    public static final Campaigns NONE = new Campaigns(List.of(), Map.of());

    /** Products done out of those concerned. */
    public record Progress(int done, int concerned) {

        public Progress {
            if (done < 0 || concerned < done) {
                throw new IllegalArgumentException(done + " done of " + concerned);
            }
        }

        /** Whole per cent done, rounded down; 100 when nothing is concerned. */
        public int percent() {
            return concerned == 0 ? 100 : (int) (100L * done / concerned);
        }

        Progress plus(boolean met) {
            return new Progress(done + (met ? 1 : 0), concerned + 1);
        }
    }

    public Campaigns {
        campaigns = List.copyOf(campaigns);
        byProduct = Map.copyOf(byProduct);
    }

    /** The product's status in each campaign that concerns it. */
    public List<CampaignStatus> of(Product product) {
        return byProduct.getOrDefault(product.page().path(), List.of());
    }

    /** The product's status in one campaign, or null when the campaign does not concern it. */
    public CampaignStatus of(Product product, Campaign campaign) {
        for (CampaignStatus status : of(product)) {
            if (status.campaign().id().equals(campaign.id())) {
                return status;
            }
        }
        return null;
    }

    /** The products the campaign concerns, in the order given. */
    public List<Product> concerned(Campaign campaign, List<Product> products) {
        List<Product> concerned = new ArrayList<>();
        for (Product product : products) {
            if (of(product, campaign) != null) {
                concerned.add(product);
            }
        }
        return concerned;
    }

    public Progress progress(Campaign campaign, List<Product> products) {
        Progress progress = new Progress(0, 0);
        for (Product product : products) {
            CampaignStatus status = of(product, campaign);
            if (status != null) {
                progress = progress.plus(status.met());
            }
        }
        return progress;
    }

    /** Progress per group (say, per team), groups sorted by name, ignoring case. */
    public Map<String, Progress> progressBy(
            Campaign campaign, List<Product> products, Function<Product, String> group) {
        Map<String, Progress> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Product product : products) {
            CampaignStatus status = of(product, campaign);
            if (status != null) {
                groups.merge(
                        Objects.requireNonNull(group.apply(product), "group"),
                        new Progress(0, 0).plus(status.met()),
                        (a, b) -> new Progress(a.done() + b.done(), a.concerned() + b.concerned()));
            }
        }
        return groups;
    }
}
