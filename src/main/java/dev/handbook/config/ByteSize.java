package dev.handbook.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of bytes as site.yml spells it and messages print it: {@code 256MiB}, {@code 64 KiB},
 * {@code 1GiB} or a plain number of bytes. Only binary units, so that {@code MiB} never means
 * two different things.
 */
public final class ByteSize {

    private static final Pattern SPELLING = Pattern.compile("(\\d{1,19})\\s*(B|KiB|MiB|GiB|TiB)?");
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ByteSize() {}

    /** The bytes the text names, or empty when it is not a size or does not fit in a long. */
    public static Optional<Long> parse(String text) {
        Matcher matcher = SPELLING.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int shift = 10 * unitIndex(matcher.group(2));
        try {
            long number = Long.parseLong(matcher.group(1));
            return number > (Long.MAX_VALUE >> shift) ? Optional.empty() : Optional.of(number << shift);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** For people: the largest unit that leaves at least 1, exact when it divides, else to one decimal. */
    public static String format(long bytes) {
        int unit = 0;
        while (unit < UNITS.length - 1 && bytes >= 1L << (10 * (unit + 1))) {
            unit++;
        }
        long scale = 1L << (10 * unit);
        if (bytes % scale == 0) {
            return bytes / scale + " " + UNITS[unit];
        }
        return String.format(Locale.ROOT, "%.1f %s", (double) bytes / scale, UNITS[unit]);
    }

    private static int unitIndex(String unit) {
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(unit)) {
                return i;
            }
        }
        return 0;
    }
}
