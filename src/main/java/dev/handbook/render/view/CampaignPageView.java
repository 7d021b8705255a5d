package dev.handbook.render.view;

import java.util.List;

/**
 * A campaign's own page as {@code campaign}: the summary's fields, why and what, progress per
 * team (as a chart and as rows) and the products left.
 *
 * @param teamChart the per-team bar chart (SVG), "" when no product is concerned
 * @param more      products left beyond those listed
 */
public record CampaignPageView(
        CampaignSummary summary,
        String why,
        String owner,
        String requirement,
        String starts,
        List<Team> teams,
        String teamChart,
        List<Left> left,
        int more) {

    /** One team's progress; {@code href} is its page, or "". */
    public record Team(String team, String href, int done, int concerned, int percent) {}

    /** A product still short of the campaign, with its team and what it lacks. */
    public record Left(ProductRow row, String team, List<String> lacking) implements WithProductRow {}

    public String id() {
        return summary.id();
    }

    public String title() {
        return summary.title();
    }

    public String href() {
        return summary.href();
    }

    public String deadline() {
        return summary.deadline();
    }

    public String phase() {
        return summary.phase();
    }

    public String when() {
        return summary.when();
    }

    public int done() {
        return summary.done();
    }

    public int concerned() {
        return summary.concerned();
    }

    public int percent() {
        return summary.percent();
    }
}
