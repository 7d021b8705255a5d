package dev.handbook.render.view;

/**
 * When a product was last reviewed and when it is due again.
 *
 * @param fromFrontMatter whether {@code reviewed} is its {@code last_reviewed:} date, not its newest commit
 */
public record ReviewView(String reviewed, String due, boolean overdue, boolean fromFrontMatter) {}
