package dev.handbook.diff;

import dev.handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change did to one product.
 *
 * @param before the product at the base, or null when it was added
 * @param after  the product at the head, or null when it was removed
 * @param added  characteristics with a real value now that had none before
 * @param removed characteristics with a real value before that have none now (placeholders included)
 * @param placeholders those of {@code removed} that are now placeholders
 * @param newFindings the head's new findings on this product's page
 * @param schemaChanged whether site.yml changed in between (a reason levels can move alone)
 */
public record ProductChange(
        Kind kind,
        ProductState before,
        ProductState after,
        List<String> added,
        List<String> removed,
        List<String> placeholders,
        List<Diagnostic> newFindings,
        boolean schemaChanged) {

    /** How the product's page moved. */
    public enum Kind {
        ADDED,
        REMOVED,
        RENAMED,
        CHANGED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ProductChange {
        Objects.requireNonNull(kind, "kind");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        placeholders = List.copyOf(placeholders);
        newFindings = List.copyOf(newFindings);
    }

    /** The product as it is now, or as it was when removed. */
    ProductState current() {
        return after != null ? after : before;
    }

    public String slug() {
        return current().slug();
    }

    public String title() {
        return current().title();
    }

    public String declaredBefore() {
        return before == null ? null : before.declared();
    }

    public String declaredAfter() {
        return after == null ? null : after.declared();
    }

    public String earnedBefore() {
        return before == null ? null : before.earned();
    }

    public String earnedAfter() {
        return after == null ? null : after.earned();
    }

    /** The earned level went down (to none included); an added or removed product moves no level. */
    public boolean dropped() {
        return before != null && after != null && after.earnedRank() < before.earnedRank();
    }

    public boolean climbed() {
        return before != null && after != null && after.earnedRank() > before.earnedRank();
    }

    /** One line saying why, for a table cell: what the page changed, else what the schema did. */
    public String why() {
        List<String> reasons = new ArrayList<>();
        switch (kind) {
            case ADDED -> reasons.add("new page " + after.path());
            case REMOVED -> reasons.add("page " + before.path() + " removed");
            case RENAMED -> reasons.add("renamed from " + before.slug() + " (" + before.path() + ")");
            case CHANGED -> {}
        }
        if (before != null && !before.product()) {
            reasons.add("read as a product page again");
        }
        if (after != null && !after.product()) {
            reasons.add("no longer read as a product page");
        }
        if (before != null
                && after != null
                && before.product()
                && after.product()
                && !Objects.equals(before.declared(), after.declared())) {
            reasons.add("declares " + level(after.declared()) + " instead of " + level(before.declared()));
        }
        if (!added.isEmpty()) {
            reasons.add("added " + String.join(", ", added));
        }
        List<String> gone =
                removed.stream().filter(key -> !placeholders.contains(key)).toList();
        if (!gone.isEmpty()) {
            reasons.add("removed " + String.join(", ", gone));
        }
        if (!placeholders.isEmpty()) {
            reasons.add("placeholder in " + String.join(", ", placeholders));
        }
        if (reasons.isEmpty() && schemaChanged) {
            reasons.add("site.yml's schema changed");
        }
        long errors = newFindings.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            reasons.add(errors + (errors == 1 ? " new error" : " new errors"));
        }
        return String.join("; ", reasons);
    }

    static String level(String level) {
        return level == null ? "none" : level;
    }
}
