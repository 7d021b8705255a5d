package dev.handbook.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a product's timeline: a commit that created its page or changed what it declared
 * or earned.
 *
 * @param declared the level the page declared then, or null
 * @param earned   the level its characteristics earned then, or null (none, or the page was broken)
 */
public record LevelPoint(LocalDate date, String commit, String declared, String earned) {

    public LevelPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(commit, "commit");
    }

    boolean sameLevels(String otherDeclared, String otherEarned) {
        return Objects.equals(declared, otherDeclared) && Objects.equals(earned, otherEarned);
    }
}
