package dev.handbook.render;

import dev.handbook.config.Campaign;
import dev.handbook.config.CampaignRequirement;
import dev.handbook.model.CampaignStatus;
import dev.handbook.model.Campaigns;
import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import dev.handbook.render.chart.BarChart;
import dev.handbook.render.view.CampaignMark;
import dev.handbook.render.view.CampaignPageView;
import dev.handbook.render.view.CampaignSummary;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What templates and exports see of site.yml's campaigns: their pages, the dashboard's list, each product's status. */
final class CampaignViews {

    /** Products left listed on a campaign's page before "and N more". */
    static final int LISTED = SitePlan.ROWS_PER_PAGE;

    static final String NO_OWNER = "no owner";

    private final Handbook handbook;
    private final Campaigns campaigns;
    private final ProductViews products;

    CampaignViews(Handbook handbook, ProductViews products) {
        this.handbook = handbook;
        this.campaigns = handbook.campaigns();
        this.products = products;
    }

    /**
     * The group a product's progress counts towards: the title of the team its owner names, else
     * its owner as written.
     */
    String team(Product product) {
        return handbook.teams()
                .owning(product)
                .map(dev.handbook.model.Team::title)
                .orElse(product.owner().isEmpty() ? NO_OWNER : product.owner());
    }

    /** Each group's page (its team's, else its owner's), from the first product counted towards it. */
    private Map<String, String> teamPages(String from) {
        Map<String, String> pages = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Product product : handbook.products()) {
            pages.putIfAbsent(team(product), products.ownerHref(product, from));
        }
        return pages;
    }

    /** The campaign with this id (a campaign page's key). */
    Campaign campaign(String id) {
        return campaigns.campaigns().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no campaign " + id));
    }

    /** A campaign's own page: why, when, progress overall and per team, and the products left. */
    CampaignPageView page(Campaign campaign, String from) {
        List<CampaignPageView.Team> teams = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        Map<String, String> teamPages = teamPages(from);
        campaigns.progressBy(campaign, handbook.products(), this::team).forEach((team, progress) -> {
            teams.add(new CampaignPageView.Team(
                    team,
                    team.equals(NO_OWNER) ? "" : teamPages.getOrDefault(team, ""),
                    progress.done(),
                    progress.concerned(),
                    progress.percent()));
            bars.add(new BarChart.Bar(team, progress.percent(), "campaign-progress"));
        });
        List<CampaignPageView.Left> left = new ArrayList<>();
        int more = 0;
        for (Product product : handbook.products()) {
            CampaignStatus status = campaigns.of(product, campaign);
            if (status == null || status.met()) {
                continue;
            }
            if (left.size() == LISTED) {
                more++;
                continue;
            }
            left.add(new CampaignPageView.Left(products.row(product, from), team(product), lacking(product, status)));
        }
        return new CampaignPageView(
                summary(campaign, from),
                campaign.why(),
                campaign.owner(),
                campaign.require().describe(),
                campaign.starts().toString(),
                teams,
                teams.isEmpty() ? "" : BarChart.svg("Share of products done, per team", "% done", bars, 100),
                left,
                more);
    }

    /** The started campaigns (running or past their deadline) with their progress, for the dashboard. */
    List<CampaignSummary> active(String from) {
        List<CampaignSummary> active = new ArrayList<>();
        for (Campaign campaign : campaigns.campaigns()) {
            if (campaign.phaseOn(handbook.today()) != Campaign.Phase.UPCOMING) {
                active.add(summary(campaign, from));
            }
        }
        return active;
    }

    /** For each characteristic a campaign asks for, the campaigns that do, by key. */
    Map<String, List<CampaignMark>> byCharacteristic(String from) {
        Map<String, List<CampaignMark>> marks = new LinkedHashMap<>();
        for (Campaign campaign : campaigns.campaigns()) {
            if (campaign.require() instanceof CampaignRequirement.OfCharacteristic c) {
                marks.computeIfAbsent(c.key(), k -> new ArrayList<>())
                        .add(new CampaignMark(
                                campaign.title(),
                                campaign.deadline().toString(),
                                c.from(),
                                AddressBook.relativeUrl(from, campaign.pagePath())));
            }
        }
        return marks;
    }

    private CampaignSummary summary(Campaign campaign, String from) {
        Campaigns.Progress progress = campaigns.progress(campaign, handbook.products());
        return new CampaignSummary(
                campaign.id(),
                campaign.title(),
                AddressBook.relativeUrl(from, campaign.pagePath()),
                campaign.deadline().toString(),
                campaign.phaseOn(handbook.today()).label(),
                when(campaign),
                progress.done(),
                progress.concerned(),
                progress.percent());
    }

    /** The campaign's moment in words: "starts in 3 days", "12 days left", "deadline passed 2 days ago". */
    private String when(Campaign campaign) {
        long toStart = ChronoUnit.DAYS.between(handbook.today(), campaign.starts());
        long toDeadline = ChronoUnit.DAYS.between(handbook.today(), campaign.deadline());
        return switch (campaign.phaseOn(handbook.today())) {
            case UPCOMING -> "starts in " + days(toStart);
            case RUNNING -> days(toDeadline) + " left";
            case DUE -> toDeadline == 0 ? "due today" : "deadline passed " + days(-toDeadline) + " ago";
        };
    }

    private static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }

    /** What a product lacks, characteristics by their label. */
    private static List<String> lacking(Product product, CampaignStatus status) {
        if (status.campaign().require() instanceof CampaignRequirement.OfCharacteristic) {
            return status.lacking().stream()
                    .map(key -> product.characteristic(key)
                            .map(CharacteristicEntry::label)
                            .orElse(key))
                    .toList();
        }
        return status.lacking();
    }
}
