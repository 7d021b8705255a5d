package dev.handbook.model;

/**
 * Where a product meets something else: another product (by slug) or a free-text interface.
 *
 * @param productSlug the product it uses, or null for a free-text interface
 */
public record InterfaceRef(String text, String productSlug, String kind, String description) {

    public boolean isProduct() {
        return productSlug != null;
    }
}
