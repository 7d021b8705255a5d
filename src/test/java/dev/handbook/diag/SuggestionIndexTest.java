package dev.handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index answers what a scan of every candidate answers, on words made to be near each other. */
class SuggestionIndexTest {

    @Test
    void findsWhatTheScanFinds() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                candidates.add(word(random));
            }
            SuggestionIndex index = new SuggestionIndex(candidates);
            for (int t = 0; t < 20; t++) {
                String typed =
                        t % 2 == 0 ? misspelt(candidates.get(random.nextInt(candidates.size())), random) : word(random);
                assertEquals(Suggestions.closest(typed, candidates), index.closest(typed), typed + " in " + candidates);
            }
        }
    }

    @Test
    void theFirstOfEquallyCloseCandidatesWinsAndCaseDoesNotCount() {
        SuggestionIndex index = new SuggestionIndex(List.of("getstate", "GetState", "setstate", "dispatch"));
        assertEquals(Optional.of("getstate"), index.closest("getState"));
        assertEquals(" (did you mean `dispatch`?)", index.didYouMean("dipsatch"));
        assertEquals("", index.didYouMean("subscribe"));
        assertEquals(Optional.empty(), new SuggestionIndex(List.of()).closest("x"));
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder(random.nextBoolean() ? "member-" : "");
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            word.append("abcdeAB-1".charAt(random.nextInt(9)));
        }
        return word.toString();
    }

    /** The word with one to three random edits: a letter changed, dropped, added or two swapped. */
    private static String misspelt(String word, Random random) {
        StringBuilder typed = new StringBuilder(word);
        for (int edits = 1 + random.nextInt(3); edits > 0 && typed.length() > 1; edits--) {
            int at = random.nextInt(typed.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> typed.setCharAt(at, 'c');
                case 1 -> typed.deleteCharAt(at);
                case 2 -> typed.insert(at, 'b');
                default -> {
                    char c = typed.charAt(at);
                    typed.setCharAt(at, typed.charAt(at + 1));
                    typed.setCharAt(at + 1, c);
                }
            }
        }
        return typed.toString();
    }
}
