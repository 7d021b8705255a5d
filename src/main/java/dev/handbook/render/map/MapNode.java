package dev.handbook.render.map;

import java.util.Objects;

/**
 * A box on the interface map, usually a product.
 *
 * @param id       unique on the map, e.g. the product's slug
 * @param label    the text in the box; null means the id
 * @param cssClass class names for the box, e.g. {@code maturity-loop}; null means none
 * @param href     where the box links to; null means no link
 * @param caption  a second line under the label, e.g. "maturity: loop"; null means none
 */
public record MapNode(String id, String label, String cssClass, String href, String caption) {

    public MapNode {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        label = Objects.requireNonNullElse(label, id);
        cssClass = Objects.requireNonNullElse(cssClass, "");
        href = Objects.requireNonNullElse(href, "");
        caption = Objects.requireNonNullElse(caption, "");
    }

    public MapNode(String id, String label, String cssClass, String href) {
        this(id, label, cssClass, href, "");
    }
}
