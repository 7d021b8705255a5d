package dev.handbook.run;

import dev.handbook.text.Counted;
import java.util.Locale;

/**
 * One timed step of a run, printed as {@code parsed 412 pages in 0.8 s}.
 *
 * @param noun what was counted, in the singular ({@code page}): made plural unless the count is 1
 */
public record Phase(String verb, int count, String noun, long nanos) {

    /** A line of its own among the phases, such as why there is no history; not timed. */
    public static Phase note(String text) {
        return new Phase(text, -1, "", 0);
    }

    public String describe() {
        if (count < 0) {
            return verb;
        }
        return String.format(Locale.ROOT, "%s %s in %.1f s", verb, Counted.of(count, noun), nanos / 1e9);
    }

    /** Runs a step and times it. */
    public static <T> Timed<T> time(java.util.function.Supplier<T> step) {
        long start = System.nanoTime();
        T value = step.get();
        return new Timed<>(value, System.nanoTime() - start);
    }

    public record Timed<T>(T value, long nanos) {}
}
