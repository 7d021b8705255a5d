package dev.handbook.diff;

import dev.handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a change does to the handbook: the products it moved and the findings it brought or fixed.
 * Findings are compared without their line and column, so a finding that only moved is neither.
 *
 * @param base     the base commit's id
 * @param head     the head commit's id, or {@code worktree}
 * @param products every product the change touched, by slug
 * @param newFindings findings of the head the base did not have
 * @param fixed    findings of the base the head no longer has
 */
public record HandbookDiff(
        String base, String head, List<ProductChange> products, List<Diagnostic> newFindings, List<Diagnostic> fixed) {

    public static final String WORKTREE = "worktree";

    public HandbookDiff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        products = List.copyOf(products);
        newFindings = List.copyOf(newFindings);
        fixed = List.copyOf(fixed);
    }

    /** @param renamed pages renamed in between, content-relative old path to new path */
    static HandbookDiff between(HandbookState base, HandbookState head, Map<String, String> renamed) {
        Map<String, String> moved = movedPages(base, head, renamed);
        List<Diagnostic> added = unmatched(head.findings(), base.findings(), path -> path, head);
        List<Diagnostic> fixed =
                unmatched(base.findings(), head.findings(), path -> sourcePath(head, moved, path, base), base);
        boolean schemaChanged = !base.siteYml().equals(head.siteYml());
        List<ProductChange> products = new ArrayList<>();
        Map<String, String> matchedHead = new HashMap<>();
        moved.forEach((from, to) -> matchedHead.put(to, from));
        for (ProductState before : base.products().values()) {
            String to = moved.getOrDefault(before.path(), before.path());
            ProductState after = head.products().get(to);
            if (after == null && head.otherPages().contains(to)) {
                after = ProductState.notAProduct(before, to, head.contentDir() + "/" + to);
            }
            if (after == null) {
                products.add(change(ProductChange.Kind.REMOVED, before, null, added, head, schemaChanged));
            } else {
                boolean renamedPage = !to.equals(before.path()) || !after.slug().equals(before.slug());
                ProductChange change = change(
                        renamedPage ? ProductChange.Kind.RENAMED : ProductChange.Kind.CHANGED,
                        before,
                        after,
                        added,
                        head,
                        schemaChanged);
                if (renamedPage || moves(change)) {
                    products.add(change);
                }
            }
        }
        for (ProductState after : head.products().values()) {
            String from = matchedHead.getOrDefault(after.path(), after.path());
            if (base.otherPages().contains(from)) {
                ProductState before = ProductState.notAProduct(after, from, base.contentDir() + "/" + from);
                products.add(change(ProductChange.Kind.CHANGED, before, after, added, head, schemaChanged));
            } else if (!base.products().containsKey(from)) {
                products.add(change(ProductChange.Kind.ADDED, null, after, added, head, schemaChanged));
            }
        }
        products.sort(Comparator.comparing(ProductChange::slug).thenComparing(c -> c.kind()));
        return new HandbookDiff(base.label(), head.label(), products, added, fixed);
    }

    /** Renamed pages, and pages that kept their slug but moved to a path git did not pair. */
    private static Map<String, String> movedPages(HandbookState base, HandbookState head, Map<String, String> renamed) {
        Map<String, String> moved = new LinkedHashMap<>();
        renamed.forEach((from, to) -> {
            if (base.products().containsKey(from) && head.products().containsKey(to)) {
                moved.put(from, to);
            }
        });
        Map<String, String> headBySlug = new HashMap<>();
        head.products().values().forEach(p -> headBySlug.put(p.slug(), p.path()));
        for (ProductState before : base.products().values()) {
            String to = headBySlug.get(before.slug());
            if (!moved.containsKey(before.path())
                    && !head.products().containsKey(before.path())
                    && to != null
                    && !base.products().containsKey(to)
                    && !moved.containsValue(to)) {
                moved.put(before.path(), to);
            }
        }
        return moved;
    }

    private static boolean moves(ProductChange change) {
        return !change.before().product()
                || !change.after().product()
                || !Objects.equals(change.declaredBefore(), change.declaredAfter())
                || !Objects.equals(change.earnedBefore(), change.earnedAfter())
                || !change.added().isEmpty()
                || !change.removed().isEmpty();
    }

    private static ProductChange change(
            ProductChange.Kind kind,
            ProductState before,
            ProductState after,
            List<Diagnostic> newFindings,
            HandbookState head,
            boolean schemaChanged) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        if (before != null && after != null && before.product() && after.product()) {
            after.characteristics().keySet().stream()
                    .sorted()
                    .filter(key -> after.has(key) && !before.has(key))
                    .forEach(added::add);
            before.characteristics().keySet().stream()
                    .sorted()
                    .filter(key -> before.has(key) && !after.has(key))
                    .forEach(key -> {
                        removed.add(key);
                        if (after.isPlaceholder(key)) {
                            placeholders.add(key);
                        }
                    });
        }
        String page = after == null ? null : head.contentDir() + "/" + after.path();
        List<Diagnostic> onPage =
                newFindings.stream().filter(d -> d.path().equals(page)).toList();
        return new ProductChange(kind, before, after, added, removed, placeholders, onPage, schemaChanged);
    }

    /**
     * The findings of {@code these} that {@code others} lack, counted as a multiset of (path, severity,
     * rule, message): two equal findings before and three after are one new one.
     */
    private static List<Diagnostic> unmatched(
            List<Diagnostic> these,
            List<Diagnostic> others,
            java.util.function.UnaryOperator<String> toOtherPath,
            HandbookState side) {
        Map<String, Integer> left = new HashMap<>();
        for (Diagnostic d : others) {
            left.merge(key(d.path(), d), 1, Integer::sum);
        }
        List<Diagnostic> unmatched = new ArrayList<>();
        for (Diagnostic d : these) {
            String key = key(toOtherPath.apply(d.path()), d);
            Integer count = left.get(key);
            if (count == null || count == 0) {
                unmatched.add(d);
            } else {
                left.put(key, count - 1);
            }
        }
        return unmatched;
    }

    /** A base finding's path as the head knows the page: a renamed page's findings follow it. */
    private static String sourcePath(HandbookState head, Map<String, String> moved, String path, HandbookState base) {
        String prefix = base.contentDir() + "/";
        if (!path.startsWith(prefix)) {
            return path;
        }
        String page = path.substring(prefix.length());
        return head.contentDir() + "/" + moved.getOrDefault(page, page);
    }

    private static String key(String path, Diagnostic d) {
        return path + "\u0000" + d.severity() + "\u0000" + d.rule() + "\u0000" + d.message();
    }

    /** A product's earned level dropped, or a new error appeared: what {@code --fail-on regression} fails. */
    public boolean regressed() {
        return products.stream().anyMatch(ProductChange::dropped)
                || newFindings.stream().anyMatch(Diagnostic::isError);
    }

    /** {@code 2 products up a level, 1 down, 3 new errors}: what the change does, in one line. */
    public String headline() {
        List<String> parts = new ArrayList<>();
        count(
                parts,
                products.stream().filter(ProductChange::climbed).count(),
                "product up a level",
                "products up a level");
        long down = products.stream().filter(ProductChange::dropped).count();
        count(
                parts,
                down,
                parts.isEmpty() ? "product down a level" : "down",
                parts.isEmpty() ? "products down a level" : "down");
        count(parts, of(ProductChange.Kind.ADDED), "new product", "new products");
        count(parts, of(ProductChange.Kind.REMOVED), "product removed", "products removed");
        count(parts, of(ProductChange.Kind.RENAMED), "product renamed", "products renamed");
        long errors = newFindings.stream().filter(Diagnostic::isError).count();
        count(parts, errors, "new error", "new errors");
        count(parts, newFindings.size() - errors, "new warning", "new warnings");
        count(parts, fixed.size(), "finding fixed", "findings fixed");
        return parts.isEmpty() ? "no product changed its level and no finding is new" : String.join(", ", parts);
    }

    private long of(ProductChange.Kind kind) {
        return products.stream().filter(c -> c.kind() == kind).count();
    }

    private static void count(List<String> parts, long n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
