package dev.handbook.render;

import dev.handbook.config.Shape;
import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    Map<String, Object> row(Product product, String from) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", product.title());
        row.put("slug", product.slug());
        row.put("href", AddressBook.relativeUrl(from, product.page().outputPath()));
        row.put("maturity", orEmpty(product.maturity()));
        row.put("earnedLevel", orEmpty(product.earnedLevel()));
        row.put("origin", orEmpty(product.origin()));
        row.put("stage", orEmpty(product.stage()));
        row.put("owner", product.owner());
        row.put("ownerHref", ownerHref(product.owner(), from));
        row.put("alignment", product.alignment());
        row.put("alignmentNote", product.value("alignment_note"));
        row.put("mission", product.mission());
        row.put("tags", product.tags());
        row.put("nextLevel", orEmpty(product.nextLevel()));
        row.put("missingForNext", labels(product, product.missingForNext()));
        return row;
    }

    Map<String, Object> detail(Product product, String from) {
        Map<String, Object> view = row(product, from);
        view.put(
                "characteristics",
                product.characteristics().stream().map(this::characteristic).toList());
        view.put(
                "interfaces",
                product.interfaces().stream()
                        .map(ref -> interfaceView(ref, from))
                        .toList());
        view.put(
                "usedBy",
                handbook.usedBy(product.slug()).stream()
                        .map(user -> row(user, from))
                        .toList());
        view.put("logo", logo(product, from));
        return view;
    }

    /** A characteristic per cell: key, label, status (present, waived, missing, not-yet-expected). */
    Map<String, Object> characteristic(CharacteristicEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", entry.key());
        view.put("label", entry.label());
        view.put("explanation", entry.characteristic().explanation());
        view.put("status", entry.status().cssName());
        view.put("statusLabel", entry.status().label());
        view.put("text", entry.text());
        view.put(
                "items",
                entry.characteristic().shape() == Shape.INTERFACES
                        ? entry.items().stream().map(this::titleOrText).toList()
                        : entry.items());
        view.put("requiredFrom", orEmpty(entry.characteristic().requiredFrom()));
        view.put("waiverReason", entry.waiver() == null ? "" : entry.waiver().reason());
        view.put(
                "waiverUntil",
                entry.waiver() == null ? "" : entry.waiver().until().toString());
        return view;
    }

    String ownerHref(String owner, String from) {
        String page = plan.ownerPage(owner);
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

    private Map<String, Object> interfaceView(InterfaceRef ref, String from) {
        Map<String, Object> view = new LinkedHashMap<>();
        Product target = ref.isProduct() ? productsBySlug.get(ref.productSlug()) : null;
        view.put("title", target != null ? target.title() : ref.text());
        view.put(
                "href",
                target != null ? AddressBook.relativeUrl(from, target.page().outputPath()) : "");
        view.put("maturity", target != null ? orEmpty(target.maturity()) : "");
        view.put("kind", orEmpty(ref.kind()));
        view.put("description", orEmpty(ref.description()));
        return view;
    }

    /** Logos are content files; the bake copies them to the same place under the site. */
    private static String logo(Product product, String from) {
        return product.logo() == null ? "" : AddressBook.relativeUrl(from, product.logo());
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
