package dev.handbook.render.view;

import java.util.List;

/**
 * A view that is a product row with more beside it: templates read the row's fields on it
 * directly ({@code product.owner}, {@code row.maturity}). A component added to {@link ProductRow}
 * gets its default method here, so every such view shows it.
 */
public interface WithProductRow {

    ProductRow row();

    default String title() {
        return row().title();
    }

    default String slug() {
        return row().slug();
    }

    default String href() {
        return row().href();
    }

    default String maturity() {
        return row().maturity();
    }

    default String earnedLevel() {
        return row().earnedLevel();
    }

    default String origin() {
        return row().origin();
    }

    default String stage() {
        return row().stage();
    }

    default String owner() {
        return row().owner();
    }

    default String ownerHref() {
        return row().ownerHref();
    }

    default String alignment() {
        return row().alignment();
    }

    default String alignmentNote() {
        return row().alignmentNote();
    }

    default String mission() {
        return row().mission();
    }

    default List<String> tags() {
        return row().tags();
    }

    default String nextLevel() {
        return row().nextLevel();
    }

    default List<String> missingForNext() {
        return row().missingForNext();
    }
}
