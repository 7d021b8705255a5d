package dev.handbook.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The product model a handbook enforces: levels, characteristics, origins and what counts as missing.
 * A value, equal to another schema of the same content. A schema may declare thousands of
 * characteristics and every page asks about each of its keys, so lookups by key and the
 * characteristics each level requires are worked out once, here.
 */
public final class Schema {

    private final List<String> levels;
    private final List<Characteristic> characteristics;
    private final List<Origin> origins;
    private final Set<String> placeholders;
    private final int missionWordLimit;
    private final Map<String, Characteristic> byKey;
    private final List<String> characteristicKeys;
    /** Per level index: the characteristics required at it or below, in schema order. */
    private final List<List<Characteristic>> requiredAt;

    private final int longestPlaceholder;
    /** Level to the days a page at it may go without review; a level not named has no window. */
    private final Map<String, Integer> reviewEvery;

    public Schema(
            List<String> levels,
            List<Characteristic> characteristics,
            List<Origin> origins,
            Set<String> placeholders,
            int missionWordLimit) {
        this(levels, characteristics, origins, placeholders, missionWordLimit, Map.of());
    }

    /** @param reviewEvery level to the most days a page at it may go unreviewed ({@code review_every}) */
    public Schema(
            List<String> levels,
            List<Characteristic> characteristics,
            List<Origin> origins,
            Set<String> placeholders,
            int missionWordLimit,
            Map<String, Integer> reviewEvery) {
        this.reviewEvery = new java.util.TreeMap<>(reviewEvery);
        this.levels = List.copyOf(levels);
        this.characteristics = List.copyOf(characteristics);
        this.origins = List.copyOf(origins);
        this.placeholders = placeholders.stream()
                .map(p -> p.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.missionWordLimit = missionWordLimit;
        if (this.levels.isEmpty()) {
            throw new IllegalArgumentException("a schema needs at least one maturity level");
        }
        for (Characteristic c : this.characteristics) {
            if (c.requiredFrom() != null && !this.levels.contains(c.requiredFrom())) {
                throw new IllegalArgumentException("unknown level " + c.requiredFrom() + " for " + c.key());
            }
        }
        for (Map.Entry<String, Integer> window : this.reviewEvery.entrySet()) {
            if (!this.levels.contains(window.getKey()) || window.getValue() < 1) {
                throw new IllegalArgumentException("review_every: " + window.getKey() + " " + window.getValue());
            }
        }
        if (missionWordLimit < 1) {
            throw new IllegalArgumentException("missionWordLimit must be positive");
        }
        Map<String, Characteristic> index = new HashMap<>();
        this.characteristics.forEach(c -> index.putIfAbsent(c.key(), c));
        this.byKey = Map.copyOf(index);
        this.characteristicKeys =
                this.characteristics.stream().map(Characteristic::key).toList();
        this.requiredAt = requiredPerLevel(this.levels, this.characteristics);
        this.longestPlaceholder =
                this.placeholders.stream().mapToInt(String::length).max().orElse(0);
    }

    private static List<List<Characteristic>> requiredPerLevel(List<String> levels, List<Characteristic> all) {
        Map<String, Integer> levelIndex = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            levelIndex.putIfAbsent(levels.get(i), i);
        }
        List<List<Characteristic>> perLevel = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            List<Characteristic> required = new ArrayList<>();
            for (Characteristic c : all) {
                if (c.requiredFrom() != null && levelIndex.get(c.requiredFrom()) <= level) {
                    required.add(c);
                }
            }
            perLevel.add(List.copyOf(required));
        }
        return List.copyOf(perLevel);
    }

    public List<String> levels() {
        return levels;
    }

    public List<Characteristic> characteristics() {
        return characteristics;
    }

    public List<Origin> origins() {
        return origins;
    }

    /** The placeholder words, trimmed and in lower case. */
    public Set<String> placeholders() {
        return placeholders;
    }

    public int missionWordLimit() {
        return missionWordLimit;
    }

    /** 0 for the first level; -1 when the level is unknown. */
    public int levelIndex(String level) {
        return levels.indexOf(level);
    }

    /** How many days a page at this level may go without review, when the schema says ({@code review_every}). */
    public Optional<Integer> reviewEvery(String level) {
        return Optional.ofNullable(level == null ? null : reviewEvery.get(level));
    }

    /** The review windows by level, in level-name order. */
    public Map<String, Integer> reviewWindows() {
        return java.util.Collections.unmodifiableMap(reviewEvery);
    }

    public Optional<Characteristic> characteristic(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<String> characteristicKeys() {
        return characteristicKeys;
    }

    /** Characteristics expected at the given level: those required at it or below; none for an unknown level. */
    public List<Characteristic> requiredAt(String level) {
        int index = levelIndex(level);
        return index < 0 ? List.of() : requiredAt.get(index);
    }

    public Optional<Origin> origin(String name) {
        return origins.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public List<String> originNames() {
        return origins.stream().map(Origin::name).toList();
    }

    /** True for an empty value or one of the placeholder words (TODO, TBD, ...), case and space aside. */
    public boolean isPlaceholder(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return true;
        }
        // most values are real text, longer than any placeholder word: no need to lower-case them
        if (end - start > longestPlaceholder) {
            return false;
        }
        return placeholders.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schema that
                && levels.equals(that.levels)
                && characteristics.equals(that.characteristics)
                && origins.equals(that.origins)
                && placeholders.equals(that.placeholders)
                && missionWordLimit == that.missionWordLimit
                && reviewEvery.equals(that.reviewEvery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(levels, characteristics, origins, placeholders, missionWordLimit, reviewEvery);
    }

    @Override
    public String toString() {
        return "Schema[levels=" + levels + ", characteristics=" + characteristicKeys + ", origins=" + originNames()
                + ", placeholders=" + placeholders + ", missionWordLimit=" + missionWordLimit + ", reviewEvery="
                + reviewEvery + "]";
    }
}
