package dev.handbook.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one way handbook turns a name into plain ASCII for an address: accents are dropped
 * ({@code é} → {@code e}), compatibility forms unfolded ({@code ﬁ} → {@code fi}) and letters that
 * carry no accent spelled out ({@code ø} → {@code o}, {@code ß} → {@code ss}); new pages, owner
 * pages and Backstage entity names all fold this way, each then keeping what its address allows.
 */
public final class Slugs {

    /** Letters that carry no accent to strip but still have a plain spelling. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('ø', "o"),
            Map.entry('ł', "l"),
            Map.entry('đ', "d"),
            Map.entry('ð', "d"),
            Map.entry('þ', "th"),
            Map.entry('ı', "i"),
            Map.entry('Æ', "AE"),
            Map.entry('Œ', "OE"),
            Map.entry('Ø', "O"),
            Map.entry('Ł', "L"),
            Map.entry('Đ', "D"),
            Map.entry('Ð', "D"),
            Map.entry('Þ', "TH"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern END_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {}

    /** The name with accents and special letters folded to ASCII letters; case and other characters kept. */
    public static String ascii(String name) {
        if (name.chars().allMatch(c -> c < 0x80)) {
            return name; // the common case, without a normalisation per name
        }
        String unfolded =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder plain = new StringBuilder(unfolded.length());
        for (int i = 0; i < unfolded.length(); i++) {
            char c = unfolded.charAt(i);
            String spelled = PLAIN.get(c);
            if (spelled == null) {
                plain.append(c);
            } else {
                plain.append(spelled);
            }
        }
        return plain.toString();
    }

    /**
     * Lower case ASCII letters and digits, every run of anything else one {@code -}, none at
     * either end: {@code "Tide Gauge Ø"} becomes {@code tide-gauge-o}. Empty when nothing is left.
     */
    public static String of(String name) {
        String lower = ascii(name).toLowerCase(Locale.ROOT);
        return END_DASHES.matcher(OTHER.matcher(lower).replaceAll("-")).replaceAll("");
    }
}
