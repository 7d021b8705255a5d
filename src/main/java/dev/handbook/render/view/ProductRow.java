package dev.handbook.render.view;

import java.util.List;

/**
 * A product in a listing (home page, products.html, owner pages, dashboard groups). Views that
 * show a product with more beside it hold a row and expose its fields through {@link
 * WithProductRow}.
 *
 * @param owner may be null
 * @param alignment may be null
 * @param alignmentNote may be null
 * @param mission may be null
 */
public record ProductRow(
        String title,
        String slug,
        String href,
        String maturity,
        String earnedLevel,
        String origin,
        String stage,
        String owner,
        String ownerHref,
        String alignment,
        String alignmentNote,
        String mission,
        List<String> tags,
        String nextLevel,
        List<String> missingForNext) {}
