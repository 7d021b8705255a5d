package dev.handbook.render.view;

import java.util.List;

/**
 * The dashboard's view of the past: products per level at each month end (a chart and its table),
 * what changed in the last 30 days, and the reviews due.
 *
 * @param note one sentence when the history is missing or cut short, else ""
 */
public record PortfolioHistory(
        String monthChart, List<MonthEnd> months, List<Change> changes, List<ReviewDue> reviews, String note) {

    /** @param counts products per level on {@code day}, in the schema's level order */
    public record MonthEnd(String day, List<Integer> counts) {}

    /**
     * @param kind   new, level up, regression or retired
     * @param href   the product's page, "" for a page no longer there
     * @param before the declared level before, "" for none
     */
    public record Change(String date, String kind, String title, String href, String before, String after) {}

    public record ReviewDue(String title, String href, String reviewed, String due, boolean overdue) {}
}
