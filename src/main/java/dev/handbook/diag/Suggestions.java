package dev.handbook.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for a misspelt name: the closest candidate within a small edit distance. */
public final class Suggestions {

    private Suggestions() {}

    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = allowed(typed);
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - typed.length()) > allowed) {
                continue; // at least that many edits: never a suggestion, and not worth measuring
            }
            int distance =
                    distance(lower, candidate.toLowerCase(java.util.Locale.ROOT), Math.min(allowed, bestDistance));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** How many edits away a suggestion may be: more for longer words. */
    static int allowed(String typed) {
        return typed.length() <= 3 ? 1 : typed.length() <= 6 ? 2 : 3;
    }

    /** The message part {@code  (did you mean `owner`?)}, or nothing when no candidate is close. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates)
                .map(c -> " (did you mean `" + c + "`?)")
                .orElse("");
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /**
     * The distance, or some number above {@code limit} as soon as a row shows it will be more:
     * a row's smallest cell never shrinks two rows on, so every candidate costs at most a few rows.
     */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
            if (i > 1 && limit != Integer.MAX_VALUE && Math.min(rowMin(d[i]), rowMin(d[i - 1])) > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private static int rowMin(int[] row) {
        int min = Integer.MAX_VALUE;
        for (int cell : row) {
            min = Math.min(min, cell);
        }
        return min;
    }
}
