package dev.handbook.diff;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Printable;
import dev.handbook.report.WorkflowCommands;
import dev.handbook.text.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How {@code diff} prints what a change does: for a terminal, a pull-request comment, a script or GitHub's annotations. */
public enum DiffFormat {
    TEXT {
        @Override
        public void write(HandbookDiff diff, PrintStream out) {
            out.println(Printable.line(
                    "handbook " + shortId(diff.base()) + ".." + shortId(diff.head()) + ": " + diff.headline()));
            for (ProductChange change : diff.products()) {
                out.println(Printable.line(
                        "  " + change.slug() + " (" + change.kind().id() + "): "
                                + levels(change.earnedBefore(), change.earnedAfter()) + " earned, "
                                + levels(change.declaredBefore(), change.declaredAfter()) + " declared"
                                + (change.why().isEmpty() ? "" : "; " + change.why())));
            }
            diff.newFindings().forEach(d -> out.println("  new: " + d.toText()));
            diff.fixed().forEach(d -> out.println("  fixed: " + d.toText()));
        }

        private static String levels(String before, String after) {
            String was = ProductChange.level(before);
            String now = ProductChange.level(after);
            return was.equals(now) ? now : was + " -> " + now;
        }
    },
    MARKDOWN {
        @Override
        public void write(HandbookDiff diff, PrintStream out) {
            out.println("### Handbook: " + cell(diff.headline()));
            out.println();
            out.println("Compared `" + shortId(diff.base()) + "` with "
                    + (diff.head().equals(HandbookDiff.WORKTREE)
                            ? "the working tree"
                            : "`" + shortId(diff.head()) + "`")
                    + ".");
            if (!diff.products().isEmpty()) {
                out.println();
                out.println("| Product | Before | After | Why |");
                out.println("|---|---|---|---|");
                for (ProductChange change : diff.products()) {
                    out.println("| " + cell(change.title()) + " (`" + cell(change.slug()) + "`) | "
                            + cell(side(change.earnedBefore(), change.declaredBefore(), change.before() == null))
                            + " | " + cell(side(change.earnedAfter(), change.declaredAfter(), change.after() == null))
                            + " | " + cell(change.why()) + " |");
                }
            }
            findings(out, "New findings", diff.newFindings());
            findings(out, "Fixed findings", diff.fixed());
        }

        /** {@code loop}, or {@code prototype (declares loop)} when the page claims more than it earns. */
        private static String side(String earned, String declared, boolean absent) {
            if (absent) {
                return "-";
            }
            String level = ProductChange.level(earned);
            return java.util.Objects.equals(earned, declared)
                    ? level
                    : level + " (declares " + ProductChange.level(declared) + ")";
        }

        private static void findings(PrintStream out, String heading, List<Diagnostic> findings) {
            if (findings.isEmpty()) {
                return;
            }
            out.println();
            out.println("<details><summary>" + heading + ": " + findings.size() + "</summary>");
            out.println();
            for (Diagnostic d : findings) {
                String place = d.path().equals(Diagnostic.SETUP)
                        ? ""
                        : "`" + code(d.path() + ":" + d.line() + ":" + d.column()) + "` ";
                out.println(
                        "- " + place + d.severity().label() + ": " + cell(d.message()) + " [" + cell(d.rule()) + "]");
            }
            out.println();
            out.println("</details>");
        }

        /** Text that cannot break the table, open HTML or start Markdown of its own. */
        private static String cell(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : Printable.line(text).toCharArray()) {
                switch (c) {
                    case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#', '~' ->
                        out.append('\\').append(c);
                    case '&' -> out.append("&amp;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        private static String code(String text) {
            return Printable.line(text).replace("`", "'");
        }
    },
    JSON {
        @Override
        public void write(HandbookDiff diff, PrintStream out) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("base", diff.base());
            json.put("head", diff.head());
            List<Object> products = new ArrayList<>();
            for (ProductChange change : diff.products()) {
                Map<String, Object> product = new LinkedHashMap<>();
                product.put("slug", change.slug());
                product.put("change", change.kind().id());
                if (change.kind() == ProductChange.Kind.RENAMED) {
                    product.put("from", change.before().slug());
                }
                product.put("declared", Arrays.asList(change.declaredBefore(), change.declaredAfter()));
                product.put("earned", Arrays.asList(change.earnedBefore(), change.earnedAfter()));
                Map<String, Object> characteristics = new LinkedHashMap<>();
                characteristics.put("added", change.added());
                characteristics.put("removed", change.removed());
                characteristics.put("placeholders", change.placeholders());
                product.put("characteristics", characteristics);
                products.add(product);
            }
            json.put("products", products);
            Map<String, Object> findings = new LinkedHashMap<>();
            findings.put("new", findings(diff.newFindings()));
            findings.put("fixed", findings(diff.fixed()));
            json.put("findings", findings);
            out.println(Json.write(json));
        }

        private static List<Object> findings(List<Diagnostic> findings) {
            List<Object> items = new ArrayList<>();
            for (Diagnostic d : findings) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("path", d.path());
                item.put("line", d.line());
                item.put("column", d.column());
                item.put("severity", d.severity().label());
                item.put("rule", d.rule());
                item.put("message", d.message());
                items.add(item);
            }
            return items;
        }
    },
    GITHUB {
        @Override
        public void write(HandbookDiff diff, PrintStream out) {
            for (ProductChange change : diff.products()) {
                if (change.dropped()) {
                    ProductState after = change.after();
                    // a page that no longer reads as a product drops at its first new error, else at its claim
                    dev.handbook.diag.Position at = change.newFindings().stream()
                            .filter(Diagnostic::isError)
                            .map(Diagnostic::position)
                            .findFirst()
                            .orElse(after.claimAt());
                    out.println(WorkflowCommands.annotation(
                            "warning",
                            after.sourcePath(),
                            at.line(),
                            at.column(),
                            "handbook diff",
                            change.title() + " earns " + ProductChange.level(change.earnedAfter()) + ", not "
                                    + ProductChange.level(change.earnedBefore()) + " as before: " + change.why()));
                }
            }
            for (Diagnostic d : diff.newFindings()) {
                out.println(WorkflowCommands.annotation(
                        d.severity().label(), d.path(), d.line(), d.column(), d.rule(), "new: " + d.message()));
            }
            out.println(Printable.line("handbook diff: " + diff.headline()));
        }
    };

    /** Prints the comparison on standard output: it is the command's result, not a diagnostic. */
    public abstract void write(HandbookDiff diff, PrintStream out);

    public static DiffFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    static String shortId(String id) {
        return id.equals(HandbookDiff.WORKTREE) ? id : id.substring(0, Math.min(12, id.length()));
    }
}
