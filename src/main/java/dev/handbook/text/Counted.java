package dev.handbook.text;

/** A count with its noun, for the lines people read: {@code 1 page}, {@code 2 pages}, {@code 0 unchanged pages}. */
public final class Counted {

    private Counted() {}

    /** @param noun the singular, made plural with an {@code s} */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
