package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code path-collision}: two content paths that differ only in letter case ({@code Foo.md} and
 * {@code foo.md}) or in Unicode normalisation ({@code café} with é as one character or as e and
 * an accent) are two files on Linux but one on a macOS or Windows checkout, where one of them is
 * lost and the site differs from the one CI builds. Folders count too: {@code Foo/a.md} and
 * {@code foo/b.md} end up in one folder there. The later path is reported, once per name.
 */
final class PathCollisionCheck {

    void check(Collection<String> files, String contentDirName, Diagnostics out) {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        Map<String, String> firstByKey = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String file : sorted) {
            for (int end = file.indexOf('/'); ; end = file.indexOf('/', end + 1)) {
                String name = end < 0 ? file : file.substring(0, end);
                String earlier = firstByKey.putIfAbsent(key(name), name);
                if (earlier != null && !earlier.equals(name) && reported.add(name)) {
                    out.error(
                            contentDirName + "/" + file,
                            Position.START,
                            Rule.PATH_COLLISION,
                            message(contentDirName, name, earlier));
                }
                if (end < 0) {
                    break;
                }
            }
        }
    }

    private static String message(String contentDirName, String name, String earlier) {
        boolean sameText = nfc(name).equals(nfc(earlier));
        return "`" + contentDirName + "/" + name + "` and `" + contentDirName + "/" + earlier + "` differ only in "
                + (sameText ? "Unicode normalisation (how an accented letter is encoded)" : "letter case")
                + ", so on a macOS or Windows checkout they are one and the same; rename one of them";
    }

    /** The name as a case-insensitive, normalisation-insensitive file system compares it. */
    static String key(String name) {
        if (ascii(name)) {
            return name.toLowerCase(Locale.ROOT); // the common case, without a pass per code point
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    private static String nfc(String name) {
        return ascii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    private static boolean ascii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
