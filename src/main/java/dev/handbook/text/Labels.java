package dev.handbook.text;

/** Short forms of names for places with little room, such as boxes in a drawing. */
public final class Labels {

    private Labels() {}

    /** At most {@code max} characters (code points), the last one an ellipsis when cut. */
    public static String truncate(String label, int max) {
        if (label.codePointCount(0, label.length()) <= max) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /** A file or key name as words: {@code does_not} and {@code does-not} become "Does not". */
    public static String humanize(String name) {
        String spaced = name.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
