package dev.handbook.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A box's label broken into lines that fit its width: at spaces where it can, inside a word that
 * is longer than a line. At most {@link #MAX_LINES} lines; a label that needs more ends its last
 * line with an ellipsis (the box's tooltip and the edge table still give it whole).
 */
final class LabelLines {

    static final int LINE_CHARS = 26;
    static final int MAX_LINES = 3;

    private LabelLines() {}

    static List<String> of(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(label.strip())) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
            while (line.length() > LINE_CHARS) {
                int cut = Character.isHighSurrogate(line.charAt(LINE_CHARS - 1)) ? LINE_CHARS - 1 : LINE_CHARS;
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.size() <= MAX_LINES ? List.copyOf(lines) : shortened(lines);
    }

    /** What {@code text.split("\\s+")} gives for a stripped text, without a regular expression per label. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }

    private static List<String> shortened(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
        String last = kept.get(MAX_LINES - 1);
        int end = Math.min(last.length(), LINE_CHARS - 1);
        if (end > 0 && Character.isHighSurrogate(last.charAt(end - 1))) {
            end--;
        }
        kept.set(MAX_LINES - 1, last.substring(0, end) + "\u2026");
        return List.copyOf(kept);
    }
}
