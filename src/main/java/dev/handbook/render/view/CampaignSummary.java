package dev.handbook.render.view;

/**
 * A campaign as the dashboard lists it: what it asks, by when, how far along.
 *
 * @param phase upcoming, running or due
 * @param when  the campaign's moment in words: "starts in 3 days", "75 days left", "due today"
 */
public record CampaignSummary(
        String id,
        String title,
        String href,
        String deadline,
        String phase,
        String when,
        int done,
        int concerned,
        int percent) {}
