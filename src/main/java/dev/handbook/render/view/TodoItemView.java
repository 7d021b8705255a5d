package dev.handbook.render.view;

/**
 * One item of "What to do next".
 *
 * @param kind  error, waiver-ending, campaign, next-level or review
 * @param href  the product's page
 * @param due   the date it is due by, "" when it has none
 * @param team  the team that owns the product, when it is not the page's own; else ""
 */
public record TodoItemView(
        String kind,
        String kindLabel,
        String product,
        String href,
        String characteristic,
        String label,
        String detail,
        String due,
        String team) {}
