package dev.handbook.render;

import dev.handbook.config.Shape;
import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import dev.handbook.render.view.CharacteristicView;
import dev.handbook.render.view.InterfaceView;
import dev.handbook.render.view.ProductDetail;
import dev.handbook.render.view.ProductHistory;
import dev.handbook.render.view.ProductRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How a product looks to templates: a row for listings, or the whole card for its own page. */
final class ProductViews {

    private final Handbook handbook;
    private final SitePlan plan;
    private final Map<String, Product> productsBySlug = new HashMap<>();

    ProductViews(Handbook handbook, SitePlan plan) {
        this.handbook = handbook;
        this.plan = plan;
        handbook.products().forEach(p -> productsBySlug.putIfAbsent(p.slug(), p));
    }

    ProductRow row(Product product, String from) {
        return new ProductRow(
                product.title(),
                product.slug(),
                AddressBook.relativeUrl(from, product.page().outputPath()),
                orEmpty(product.maturity()),
                orEmpty(product.earnedLevel()),
                orEmpty(product.origin()),
                orEmpty(product.stage()),
                product.owner(),
                ownerHref(product, from),
                product.alignment(),
                product.value("alignment_note"),
                product.mission(),
                product.tags(),
                orEmpty(product.nextLevel()),
                labels(product, product.missingForNext()));
    }

    /** @param map the product's neighbourhood drawing (SVG), or "" */
    ProductDetail detail(Product product, String from, String map, ProductHistory history) {
        return new ProductDetail(
                row(product, from),
                product.characteristics().stream().map(this::characteristic).toList(),
                product.interfaces().stream()
                        .map(ref -> interfaceView(ref, from))
                        .toList(),
                handbook.usedBy(product.slug()).stream()
                        .map(user -> row(user, from))
                        .toList(),
                logo(product, from),
                map,
                history);
    }

    /** A characteristic per cell: key, label, status (present, waived, missing, not-yet-expected). */
    CharacteristicView characteristic(CharacteristicEntry entry) {
        return new CharacteristicView(
                entry.key(),
                entry.label(),
                entry.characteristic().explanation(),
                entry.status().cssName(),
                entry.status().label(),
                entry.text(),
                entry.characteristic().shape() == Shape.INTERFACES
                        ? entry.items().stream().map(this::titleOrText).toList()
                        : entry.items(),
                orEmpty(entry.characteristic().requiredFrom()),
                entry.waiver() == null ? "" : entry.waiver().reason(),
                entry.waiver() == null ? "" : entry.waiver().until().toString());
    }

    String ownerHref(Product product, String from) {
        String page = plan.ownerPageOf(product);
        return page.isEmpty() ? "" : AddressBook.relativeUrl(from, page);
    }

    private List<String> labels(Product product, List<String> keys) {
        return keys.stream()
                .map(key -> product.characteristic(key)
                        .map(CharacteristicEntry::label)
                        .orElse(key))
                .toList();
    }

    private String titleOrText(String slugOrText) {
        Product product = productsBySlug.get(slugOrText);
        return product == null ? slugOrText : product.title();
    }

    private InterfaceView interfaceView(InterfaceRef ref, String from) {
        Product target = ref.isProduct() ? productsBySlug.get(ref.productSlug()) : null;
        return new InterfaceView(
                target != null ? target.title() : ref.text(),
                target != null ? AddressBook.relativeUrl(from, target.page().outputPath()) : "",
                target != null ? orEmpty(target.maturity()) : "",
                orEmpty(ref.kind()),
                orEmpty(ref.description()));
    }

    /** Logos are content files; the bake copies them to the same place under the site. */
    private static String logo(Product product, String from) {
        return product.logo() == null ? "" : AddressBook.relativeUrl(from, product.logo());
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
