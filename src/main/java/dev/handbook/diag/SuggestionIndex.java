package dev.handbook.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Suggestions#closest} for many misspellings against one list of candidates (the anchors
 * of a generated API page run to thousands): the candidates, case-folded, are kept in a trie,
 * and the edit distance is computed once per shared prefix rather than once per candidate,
 * with every branch given up as soon as it cannot come within the allowed distance. The answer
 * is the same as {@link Suggestions#closest}: the first candidate, in the list's order, of the
 * smallest distance.
 */
public final class SuggestionIndex {

    private final List<String> candidates;
    private final Node root = new Node();

    public SuggestionIndex(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
        for (int i = 0; i < this.candidates.size(); i++) {
            root.add(this.candidates.get(i).toLowerCase(Locale.ROOT), 0, i);
        }
    }

    public Optional<String> closest(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        Search search = new Search(lower, Suggestions.allowed(typed));
        int[] first = new int[lower.length() + 1];
        Arrays.setAll(first, j -> j);
        root.search(search, first, null, '\0');
        return search.best < 0 ? Optional.empty() : Optional.of(candidates.get(search.best));
    }

    /** The message part {@code  (did you mean `x`?)}, or nothing when no candidate is close. */
    public String didYouMean(String typed) {
        return closest(typed).map(c -> " (did you mean `" + c + "`?)").orElse("");
    }

    /** The best candidate so far, and the distance it is at. */
    private static final class Search {
        final String typed;
        int bestDistance;
        int best = -1;

        Search(String typed, int allowed) {
            this.typed = typed;
            this.bestDistance = allowed;
        }

        void offer(int distance, int index) {
            if (distance < bestDistance || distance == bestDistance && (best < 0 || index < best)) {
                bestDistance = distance;
                best = index;
            }
        }
    }

    /** A prefix of some candidates: the first candidate that ends here, and the letters that go on. */
    private static final class Node {
        private char[] letters = new char[0];
        private Node[] children = new Node[0];
        private int ending = -1;

        void add(String word, int at, int index) {
            if (at == word.length()) {
                ending = ending < 0 ? index : Math.min(ending, index);
                return;
            }
            char letter = word.charAt(at);
            int slot = indexOf(letter);
            if (slot < 0) {
                slot = letters.length;
                letters = Arrays.copyOf(letters, slot + 1);
                children = Arrays.copyOf(children, slot + 1);
                letters[slot] = letter;
                children[slot] = new Node();
            }
            children[slot].add(word, at + 1, index);
        }

        private int indexOf(char letter) {
            for (int i = 0; i < letters.length; i++) {
                if (letters[i] == letter) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * @param row      the distances from this prefix to each prefix of the typed word
         * @param previous the row of the prefix one letter shorter (null at the root)
         * @param letter   this prefix's last letter
         */
        void search(Search search, int[] row, int[] previous, char letter) {
            String typed = search.typed;
            if (ending >= 0) {
                search.offer(row[typed.length()], ending);
            }
            if (min(row) > search.bestDistance && (previous == null || min(previous) > search.bestDistance)) {
                return; // a row's smallest cell never shrinks two rows on
            }
            for (int c = 0; c < letters.length; c++) {
                char next = letters[c];
                int[] down = new int[typed.length() + 1];
                down[0] = row[0] + 1;
                for (int j = 1; j <= typed.length(); j++) {
                    int cost = typed.charAt(j - 1) == next ? 0 : 1;
                    down[j] = Math.min(Math.min(row[j] + 1, down[j - 1] + 1), row[j - 1] + cost);
                    if (previous != null && j > 1 && typed.charAt(j - 1) == letter && typed.charAt(j - 2) == next) {
                        down[j] = Math.min(down[j], previous[j - 2] + 1);
                    }
                }
                children[c].search(search, down, row, next);
            }
        }

        private static int min(int[] row) {
            int min = Integer.MAX_VALUE;
            for (int cell : row) {
                min = Math.min(min, cell);
            }
            return min;
        }
    }
}
