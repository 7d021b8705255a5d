package dev.handbook.render;

import dev.handbook.history.LevelPoint;
import dev.handbook.model.CampaignStatus;
import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.model.Status;
import dev.handbook.text.Json;
import dev.handbook.text.UrlPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** products.json: every product with its characteristics, status, next-level needs and links. */
final class ProductsJson {

    /** About what a product takes in products.json, so the text is seldom copied to grow. */
    private static final int CHARS_PER_PRODUCT = 1_600;

    private ProductsJson() {}

    /**
     * Written product by product: ten thousand products' data held at once, and the text copied
     * whole once more to end it with a line, were megabytes for the collector to move.
     */
    static String of(Handbook handbook, SitePlan plan) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", handbook.config().title());
        site.put("mission", handbook.config().mission());
        StringBuilder out =
                new StringBuilder(CHARS_PER_PRODUCT * (handbook.products().size() + 1));
        out.append("{\"site\":");
        Json.write(out, site);
        out.append(",\"levels\":");
        Json.write(out, handbook.config().schema().levels());
        out.append(",\"products\":[");
        for (int i = 0; i < handbook.products().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Json.write(out, product(handbook.products().get(i), handbook, plan));
        }
        return out.append("]}\n").toString();
    }

    private static Map<String, Object> product(Product product, Handbook handbook, SitePlan plan) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("slug", product.slug());
        view.put("title", product.title());
        view.put("url", UrlPath.encode(product.page().outputPath()));
        view.put("source", product.page().sourcePath());
        view.put("maturity", product.maturity());
        view.put("earnedLevel", product.earnedLevel());
        view.put("origin", product.origin());
        view.put("stage", product.stage());
        view.put("owner", product.owner());
        view.put("ownerUrl", plan.ownerPageOf(product));
        view.put("alignment", product.alignment());
        view.put("tags", product.tags());
        view.put("nextLevel", product.nextLevel());
        view.put("missingForNext", product.missingForNext());
        Map<String, Object> characteristics = new LinkedHashMap<>();
        product.characteristics().forEach(c -> characteristics.put(c.key(), characteristic(c)));
        view.put("characteristics", characteristics);
        view.put(
                "uses",
                product.interfaces().stream()
                        .filter(InterfaceRef::isProduct)
                        .map(InterfaceRef::productSlug)
                        .distinct()
                        .toList());
        view.put(
                "usedBy",
                handbook.usedBy(product.slug()).stream().map(Product::slug).toList());
        view.put("history", history(handbook.timelines().points(product)));
        view.put("campaigns", campaigns(product, handbook));
        return view;
    }

    /** Oldest first: the commit that created the page and each that changed its declared or earned level. */
    private static List<Map<String, Object>> history(List<LevelPoint> points) {
        List<Map<String, Object>> history = new java.util.ArrayList<>(points.size());
        for (LevelPoint point : points) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", point.date().toString());
            entry.put("commit", point.commit());
            entry.put("declared", point.declared());
            entry.put("earned", point.earned());
            history.add(entry);
        }
        return history;
    }

    /** The product's status in each campaign that concerns it. */
    private static List<Map<String, Object>> campaigns(Product product, Handbook handbook) {
        List<CampaignStatus> statuses = handbook.campaigns().of(product);
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> views = new java.util.ArrayList<>();
        for (CampaignStatus status : statuses) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", status.campaign().id());
            view.put("phase", status.phase().label());
            view.put("deadline", status.deadline().toString());
            view.put("met", status.met());
            view.put("lacking", status.lacking());
            views.add(view);
        }
        return views;
    }

    private static Map<String, Object> characteristic(CharacteristicEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("status", entry.status().cssName());
        if (entry.status() == Status.PRESENT) {
            view.put("value", entry.items().isEmpty() ? entry.text() : List.copyOf(entry.items()));
        }
        if (entry.waiver() != null) {
            Map<String, Object> waiver = new LinkedHashMap<>();
            waiver.put("reason", entry.waiver().reason());
            waiver.put("until", entry.waiver().until().toString());
            view.put("waiver", waiver);
        }
        return view;
    }
}
