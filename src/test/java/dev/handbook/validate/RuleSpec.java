package dev.handbook.validate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of {@code spec/rules.md}: sections {@code ## RULE-ID}, examples {@code ### TITLE},
 * fenced {@code file PATH} and {@code diagnostics} blocks, and {@code today:} / {@code bug:} lines.
 */
final class RuleSpec {

    static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 21);
    private static final Pattern FENCE = Pattern.compile("^(`{3,})\\s*(.*)$");
    /** A path, in double quotes when it holds a space. */
    private static final Pattern PATH = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    private static final Pattern ENCODING = Pattern.compile("encoding=(\\S+)");

    /** A file of an example's handbook, written with the given encoding. */
    record SpecFile(String path, String text, Charset charset) {
        SpecFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
        }
    }

    /** One example: a handbook in, the diagnostic lines out. */
    record Example(
            String section,
            int number,
            String title,
            int line,
            List<SpecFile> files,
            LocalDate today,
            String bug,
            List<String> expected) {
        Example {
            files = List.copyOf(files);
            expected = List.copyOf(expected);
        }

        String name() {
            return section + " " + number + ": " + title;
        }
    }

    private final List<Example> examples = new ArrayList<>();
    private String section;
    private int number;
    private Builder current;

    static List<Example> parse(String text) {
        RuleSpec spec = new RuleSpec();
        spec.read(text.split("\n", -1));
        return List.copyOf(spec.examples);
    }

    private void read(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                int close = closingFence(lines, i, fence.group(1));
                block(fence.group(2).trim(), List.of(lines).subList(i + 1, close), i + 1);
                i = close;
            } else {
                line(line, i + 1);
            }
        }
        finish();
    }

    private static int closingFence(String[] lines, int open, String backticks) {
        for (int j = open + 1; j < lines.length; j++) {
            if (lines[j].stripTrailing().equals(backticks)) {
                return j;
            }
        }
        throw new IllegalArgumentException("spec line " + (open + 1) + ": fence " + backticks + " is never closed");
    }

    private void line(String line, int lineNumber) {
        if (line.startsWith("## ")) {
            finish();
            section = line.substring(3).trim();
            number = 0;
        } else if (line.startsWith("### ") && section != null) {
            finish();
            current = new Builder(section, ++number, line.substring(4).trim(), lineNumber);
        } else if (current != null && line.startsWith("today:")) {
            current.today = LocalDate.parse(line.substring("today:".length()).trim());
        } else if (current != null && line.startsWith("bug:")) {
            current.bug = line.substring("bug:".length()).trim();
        }
    }

    private void block(String info, List<String> content, int lineNumber) {
        if (current == null) {
            return;
        }
        if (info.equals("diagnostics")) {
            if (current.expected != null) {
                throw new IllegalArgumentException("spec line " + lineNumber + ": a second diagnostics block");
            }
            current.expected = content.stream().filter(l -> !l.isBlank()).toList();
        } else if (info.startsWith("file ")) {
            Matcher path = PATH.matcher(info.substring(5).trim());
            if (!path.lookingAt()) {
                throw new IllegalArgumentException("spec line " + lineNumber + ": `file` needs a path");
            }
            Matcher encoding = ENCODING.matcher(info);
            Charset charset = encoding.find() ? Charset.forName(encoding.group(1)) : StandardCharsets.UTF_8;
            String name = path.group(1) != null ? path.group(1) : path.group(2);
            current.files.add(new SpecFile(name, String.join("\n", content) + "\n", charset));
        }
    }

    private void finish() {
        if (current == null) {
            return;
        }
        if (current.expected == null) {
            throw new IllegalArgumentException(
                    "spec line " + current.line + ": example `" + current.title + "` has no diagnostics block");
        }
        if (current.files.isEmpty()) {
            throw new IllegalArgumentException(
                    "spec line " + current.line + ": example `" + current.title + "` has no file");
        }
        examples.add(new Example(
                current.section,
                current.number,
                current.title,
                current.line,
                current.files,
                current.today,
                current.bug,
                current.expected));
        current = null;
    }

    private static final class Builder {
        private final String section;
        private final int number;
        private final String title;
        private final int line;
        private final List<SpecFile> files = new ArrayList<>();
        private LocalDate today = DEFAULT_TODAY;
        private String bug;
        private List<String> expected;

        Builder(String section, int number, String title, int line) {
            this.section = section;
            this.number = number;
            this.title = title;
            this.line = line;
        }
    }
}
