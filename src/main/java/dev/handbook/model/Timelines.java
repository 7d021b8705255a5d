package dev.handbook.model;

import dev.handbook.config.Schema;
import dev.handbook.history.History;
import dev.handbook.history.LevelPoint;
import dev.handbook.history.PageHistory;
import dev.handbook.validate.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the handbook's history says about its products: each one's timeline, since when it holds
 * its level, when it first reached each, where it slipped back, and when it is due for review.
 */
public final class Timelines {

    private final History history;
    private final Map<String, Review> reviews;

    /** @param reviews content-relative page path to its review dates */
    public Timelines(History history, Map<String, Review> reviews) {
        this.history = Objects.requireNonNull(history, "history");
        this.reviews = Map.copyOf(reviews);
    }

    /** One plain sentence when the history is missing or cut short, else "". */
    public String note() {
        return history.note();
    }

    public List<LevelPoint> points(Product product) {
        return history.of(product.page().path()).map(PageHistory::points).orElse(List.of());
    }

    public Optional<Review> review(Product product) {
        return Optional.ofNullable(reviews.get(product.page().path()));
    }

    /** Every page git remembers, removed ones included. */
    public Stream<PageHistory> all() {
        return Stream.concat(history.pages().values().stream(), history.removed().stream());
    }

    /** The first point of the run of points that declared today's level: "at loop since". */
    public Optional<LevelPoint> since(Product product) {
        List<LevelPoint> points = points(product);
        if (points.isEmpty() || !Objects.equals(points.get(points.size() - 1).declared(), product.maturity())) {
            return Optional.empty();
        }
        int first = points.size() - 1;
        while (first > 0 && Objects.equals(points.get(first - 1).declared(), product.maturity())) {
            first--;
        }
        return Optional.of(points.get(first));
    }

    /** Level to the day the product first declared it or a higher one, in level order. */
    public Map<String, LocalDate> firstReached(Product product, Schema schema) {
        Map<String, LocalDate> reached = new LinkedHashMap<>();
        for (LevelPoint point : points(product)) {
            int index = point.declared() == null ? -1 : schema.levelIndex(point.declared());
            for (int level = 0; level <= index; level++) {
                reached.putIfAbsent(schema.levels().get(level), point.date());
            }
        }
        Map<String, LocalDate> ordered = new LinkedHashMap<>();
        schema.levels().stream().filter(reached::containsKey).forEach(l -> ordered.put(l, reached.get(l)));
        return ordered;
    }

    /**
     * Per point, whether it declared or earned less than the last readable point before it. A point
     * with neither level (the page could not be read then) is no regression, and is skipped over.
     */
    public static List<Boolean> regressions(List<LevelPoint> points, Schema schema) {
        List<Boolean> marks = new ArrayList<>(points.size());
        LevelPoint before = null;
        for (LevelPoint point : points) {
            boolean unreadable = point.declared() == null && point.earned() == null;
            marks.add(!unreadable
                    && before != null
                    && (drop(before.declared(), point.declared(), schema)
                            || drop(before.earned(), point.earned(), schema)));
            if (!unreadable) {
                before = point;
            }
        }
        return marks;
    }

    private static boolean drop(String before, String after, Schema schema) {
        int was = before == null ? -1 : schema.levelIndex(before);
        int is = after == null ? -1 : schema.levelIndex(after);
        return was >= 0 && is < was;
    }

    /** Per month end (or today for this month), oldest first: how many pages declared each level. */
    public List<MonthCount> monthEnds(LocalDate today, int months, Schema schema) {
        List<MonthCount> counts = new ArrayList<>();
        java.time.YearMonth now = java.time.YearMonth.from(today);
        List<PageHistory> pages = all().toList();
        for (int back = months - 1; back >= 0; back--) {
            LocalDate end = now.minusMonths(back).atEndOfMonth();
            LocalDate day = end.isAfter(today) ? today : end;
            Map<String, Integer> perLevel = new LinkedHashMap<>();
            schema.levels().forEach(level -> perLevel.put(level, 0));
            for (PageHistory page : pages) {
                LevelPoint point = page.at(day);
                if (point != null && point.declared() != null && perLevel.containsKey(point.declared())) {
                    perLevel.merge(point.declared(), 1, Integer::sum);
                }
            }
            counts.add(new MonthCount(day, perLevel));
        }
        return counts;
    }

    /** How many products declared each level at the end of a day. */
    public record MonthCount(LocalDate day, Map<String, Integer> perLevel) {

        public MonthCount {
            perLevel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perLevel));
        }
    }
}
