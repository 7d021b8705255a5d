package dev.handbook.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What git remembers of a handbook's product pages.
 *
 * @param head    the commit read up to, or "" when there was nothing to read
 * @param pages   the pages that exist at {@code head}, by content-relative path
 * @param removed pages deleted on the way, oldest first
 * @param note    one plain sentence when the history is missing or cut short (no repository, a
 *                shallow clone), else ""
 * @param commitsRead how many commits this read walked (0 when the cache was up to date)
 */
public record History(
        String head, Map<String, PageHistory> pages, List<PageHistory> removed, String note, int commitsRead) {

    public History {
        Objects.requireNonNull(head, "head");
        pages = Map.copyOf(pages);
        removed = List.copyOf(removed);
        Objects.requireNonNull(note, "note");
    }

    public static History none(String note) {
        return new History("", Map.of(), List.of(), note, 0);
    }

    public Optional<PageHistory> of(String path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** The day of the newest commit that touched each existing page, by content-relative path. */
    public Map<String, LocalDate> lastCommits() {
        Map<String, LocalDate> days = new java.util.HashMap<>();
        pages.forEach((path, page) -> days.put(path, page.lastCommit()));
        return days;
    }
}
