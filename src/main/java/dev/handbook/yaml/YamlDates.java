package dev.handbook.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as YAML writes them: {@code 2027-03-31}, optionally followed by a time of day. */
public final class YamlDates {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([Tt ][0-9:.+\\-Z ]*)?");

    private YamlDates() {}

    public static Optional<LocalDate> parse(String text) {
        String trimmed = text.trim();
        if (!DATE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
