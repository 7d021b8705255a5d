package dev.handbook.render.map;

import java.util.Objects;

/**
 * A box on the interface map, usually a product.
 *
 * @param id       unique on the map, e.g. the product's slug
 * @param label    the text in the box; null means the id
 * @param cssClass class names for the box, e.g. {@code maturity-loop}; null means none
 * @param href     where the box links to; null means no link
 */
public record MapNode(String id, String label, String cssClass, String href) {

    public MapNode {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        label = Objects.requireNonNullElse(label, id);
        cssClass = Objects.requireNonNullElse(cssClass, "");
        href = Objects.requireNonNullElse(href, "");
    }
}
