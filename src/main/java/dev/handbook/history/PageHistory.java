package dev.handbook.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The history of one product page, followed through renames.
 *
 * @param path       its content-relative path now (or when it was removed)
 * @param points     oldest first: its creation and every change of declared or earned level
 * @param lastCommit the day of the newest commit that touched the page
 * @param removed    the day its page was deleted, or null while it exists
 */
public record PageHistory(String path, List<LevelPoint> points, LocalDate lastCommit, LocalDate removed) {

    public PageHistory {
        Objects.requireNonNull(path, "path");
        points = List.copyOf(points);
        Objects.requireNonNull(lastCommit, "lastCommit");
    }

    /** The point in force at the end of the given day, or null before the first. */
    public LevelPoint at(LocalDate day) {
        LevelPoint found = null;
        for (LevelPoint point : points) {
            if (point.date().isAfter(day)) {
                break;
            }
            found = point;
        }
        return removed != null && !removed.isAfter(day) ? null : found;
    }
}
