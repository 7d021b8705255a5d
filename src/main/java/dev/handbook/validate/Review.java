package dev.handbook.validate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a product page was last looked at and when it must be again.
 *
 * @param reviewed    its {@code last_reviewed:} date, else the day of its newest commit
 * @param due         {@code reviewed} plus its level's {@code review_every} days
 * @param frontMatter whether {@code reviewed} comes from {@code last_reviewed:}
 */
public record Review(LocalDate reviewed, LocalDate due, boolean frontMatter) {

    public Review {
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(due, "due");
    }

    /** Past its window on this day. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(due);
    }
}
