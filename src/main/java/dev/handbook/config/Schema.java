package dev.handbook.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The product model a handbook enforces: levels, characteristics, origins and what counts as missing. */
public record Schema(List<String> levels, List<Characteristic> characteristics, List<Origin> origins,
                     Set<String> placeholders, int missionWordLimit) {

    public Schema {
        levels = List.copyOf(levels);
        characteristics = List.copyOf(characteristics);
        origins = List.copyOf(origins);
        placeholders = placeholders.stream().map(p -> p.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a schema needs at least one maturity level");
        }
        for (Characteristic c : characteristics) {
            if (c.requiredFrom() != null && !levels.contains(c.requiredFrom())) {
                throw new IllegalArgumentException("unknown level " + c.requiredFrom() + " for " + c.key());
            }
        }
        if (missionWordLimit < 1) {
            throw new IllegalArgumentException("missionWordLimit must be positive");
        }
    }

    /** 0 for the first level; -1 when the level is unknown. */
    public int levelIndex(String level) {
        return levels.indexOf(level);
    }

    public Optional<Characteristic> characteristic(String key) {
        for (Characteristic c : characteristics) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<String> characteristicKeys() {
        return characteristics.stream().map(Characteristic::key).toList();
    }

    /** Characteristics expected at the given level: those required at it or below. */
    public List<Characteristic> requiredAt(String level) {
        int index = levelIndex(level);
        List<Characteristic> required = new ArrayList<>();
        for (Characteristic c : characteristics) {
            if (c.requiredFrom() != null && levelIndex(c.requiredFrom()) <= index) {
                required.add(c);
            }
        }
        return List.copyOf(required);
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
        if (end - start > longestPlaceholder()) {
            return false;
        }
        return placeholders.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private int longestPlaceholder() {
        int longest = 0;
        for (String placeholder : placeholders) {
            longest = Math.max(longest, placeholder.length());
        }
        return longest;
    }
}
