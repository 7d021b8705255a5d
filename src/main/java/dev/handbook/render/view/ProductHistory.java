package dev.handbook.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A product's past from git: its timeline strip and the same points as rows, since when it holds
 * its level, the first day of each level, and its review dates.
 *
 * @param strip the timeline as inline SVG; "" without points
 * @param note  one sentence when the history is missing or cut short, else ""
 */
public record ProductHistory(
        List<Point> points,
        String strip,
        Optional<Since> since,
        List<Reached> firstReached,
        Optional<ReviewView> review,
        String note) {

    /** A commit that created the page or changed its levels; "" for a level it did not have. */
    public record Point(String date, String commit, String declared, String earned, boolean regression) {}

    /** "at {@code level} since {@code date} ({@code days} days)". */
    public record Since(String level, String date, long days) {}

    /** The first day the product declared {@code level} or a higher one. */
    public record Reached(String level, String date) {}
}
