package dev.handbook.render;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Origin;
import dev.handbook.config.Schema;
import dev.handbook.config.Stage;
import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.model.Status;
import dev.handbook.render.chart.BarChart;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The maturity dashboard and the characteristics matrix: the handbook's state at a glance. */
final class DashboardView {

    /** Products listed per board column or alignment group before "and N more". */
    static final int LISTED = 25;

    static final int EXPIRY_DAYS = 30;

    private final Handbook handbook;
    private final ProductViews products;
    private final Schema schema;

    DashboardView(Handbook handbook, ProductViews products) {
        this.handbook = handbook;
        this.products = products;
        this.schema = handbook.config().schema();
    }

    Map<String, Object> dashboard(String from) {
        Groups groups = new Groups(handbook.products());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("levelChart", levelChart(groups));
        view.put("originChart", originChart(groups));
        view.put("lifecycle", lifecycle(groups, from));
        view.put("alignments", alignments(groups, from));
        view.put("expiringWaivers", expiringWaivers(from));
        view.put("total", handbook.products().size());
        return view;
    }

    /**
     * The products sorted into their groups in one pass, each group in title order. The dashboard
     * asks a couple of dozen questions of every product, and a pass per question over ten thousand
     * products cost a few hundred milliseconds in a big build: the dashboard is rendered first,
     * before the compiler has got to those loops.
     */
    private static final class Groups {
        private final Map<String, List<Product>> byLevel = new HashMap<>();
        private final Map<String, List<Product>> byOrigin = new HashMap<>();
        private final Map<Place, List<Product>> byPlace = new HashMap<>();
        private final Map<String, List<Product>> byAlignment = new HashMap<>();

        Groups(List<Product> products) {
            for (Product product : products) {
                add(byLevel, product.maturity(), product);
                add(byOrigin, product.origin(), product);
                add(byPlace, new Place(product.origin(), product.stage()), product);
                add(byAlignment, product.alignment(), product);
            }
        }

        private static <K> void add(Map<K, List<Product>> groups, K key, Product product) {
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(product);
        }

        List<Product> atLevel(String level) {
            return byLevel.getOrDefault(level, List.of());
        }

        /** @param origin null for the products that state none */
        List<Product> ofOrigin(String origin) {
            return byOrigin.getOrDefault(origin, List.of());
        }

        List<Product> inStage(String origin, String stage) {
            return byPlace.getOrDefault(new Place(origin, stage), List.of());
        }

        List<Product> aligned(String alignment) {
            return byAlignment.getOrDefault(alignment, List.of());
        }

        private record Place(String origin, String stage) {}
    }

    private String levelChart(Groups groups) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (String level : schema.levels()) {
            bars.add(new BarChart.Bar(level, groups.atLevel(level).size(), "maturity-" + level));
        }
        return BarChart.svg("Products per maturity level", bars);
    }

    private String originChart(Groups groups) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Origin origin : schema.origins()) {
            bars.add(new BarChart.Bar(
                    origin.name(), groups.ofOrigin(origin.name()).size(), "origin-" + origin.name()));
        }
        int none = groups.ofOrigin(null).size();
        if (none > 0) {
            bars.add(new BarChart.Bar("not stated", none, "origin-none"));
        }
        return BarChart.svg("Products per origin", bars);
    }

    /** Per origin, a column per stage with its products. */
    private List<Map<String, Object>> lifecycle(Groups groups, String from) {
        List<Map<String, Object>> boards = new ArrayList<>();
        for (Origin origin : schema.origins()) {
            List<Map<String, Object>> columns = new ArrayList<>();
            for (Stage stage : origin.stages()) {
                columns.add(group(stage.name(), groups.inStage(origin.name(), stage.name()), from));
            }
            boards.add(Map.of("origin", origin.name(), "columns", columns));
        }
        return boards;
    }

    private List<Map<String, Object>> alignments(Groups groups, String from) {
        List<String> values =
                schema.characteristic("alignment").map(Characteristic::values).orElse(List.of());
        List<Map<String, Object>> result = new ArrayList<>();
        for (String value : values) {
            result.add(group(value, groups.aligned(value), from));
        }
        return result;
    }

    private Map<String, Object> group(String name, List<Product> members, String from) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", name);
        group.put("count", members.size());
        group.put(
                "products",
                members.stream().limit(LISTED).map(p -> products.row(p, from)).toList());
        group.put("more", Math.max(0, members.size() - LISTED));
        return group;
    }

    private List<Map<String, Object>> expiringWaivers(String from) {
        List<Map<String, Object>> waivers = new ArrayList<>();
        for (Product product : handbook.products()) {
            for (CharacteristicEntry entry : product.characteristics()) {
                if (entry.status() != Status.WAIVED) {
                    continue;
                }
                long days =
                        ChronoUnit.DAYS.between(handbook.today(), entry.waiver().until());
                if (days <= EXPIRY_DAYS) {
                    Map<String, Object> waiver = new LinkedHashMap<>(products.row(product, from));
                    waiver.put("characteristic", entry.label());
                    waiver.put("until", entry.waiver().until().toString());
                    waiver.put("reason", entry.waiver().reason());
                    waiver.put("daysLeft", days);
                    waivers.add(waiver);
                }
            }
        }
        waivers.sort(Comparator.comparing((Map<String, Object> w) -> (String) w.get("until"))
                .thenComparing(w -> (String) w.get("title")));
        return waivers;
    }

    /** Matrix columns: characteristics in the order of the level that requires them. */
    List<Map<String, Object>> matrixColumns() {
        return orderedCharacteristics().stream()
                .map(c -> {
                    Map<String, Object> column = new LinkedHashMap<>();
                    column.put("key", c.key());
                    column.put("label", c.label());
                    column.put("requiredFrom", Objects.requireNonNullElse(c.requiredFrom(), ""));
                    return column;
                })
                .toList();
    }

    List<Map<String, Object>> matrixRows(List<Product> page, String from) {
        List<Characteristic> columns = orderedCharacteristics();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Product product : page) {
            Map<String, Object> row = new LinkedHashMap<>(products.row(product, from));
            row.put(
                    "cells",
                    columns.stream()
                            .map(c -> product.characteristic(c.key())
                                    .map(DashboardView::cell)
                                    .orElseGet(Map::of))
                            .toList());
            rows.add(row);
        }
        return rows;
    }

    /**
     * A matrix cell: which characteristic, and its status. Only that: the matrix shows ten thousand
     * products times every characteristic, and a product page's full card in each cell made the
     * matrix pages the costliest part of a big build.
     */
    private static Map<String, Object> cell(CharacteristicEntry entry) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("key", entry.key());
        cell.put("label", entry.label());
        cell.put("status", entry.status().cssName());
        cell.put("statusLabel", entry.status().label());
        return cell;
    }

    private List<Characteristic> orderedCharacteristics() {
        return schema.characteristics().stream()
                .sorted(Comparator.comparingInt((Characteristic c) ->
                        c.requiredFrom() == null ? Integer.MAX_VALUE : schema.levelIndex(c.requiredFrom())))
                .toList();
    }
}
