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
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("levelChart", levelChart());
        view.put("originChart", originChart());
        view.put("lifecycle", lifecycle(from));
        view.put("alignments", alignments(from));
        view.put("expiringWaivers", expiringWaivers(from));
        view.put("total", handbook.products().size());
        return view;
    }

    private String levelChart() {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (String level : schema.levels()) {
            int count = (int) handbook.products().stream().filter(p -> level.equals(p.maturity())).count();
            bars.add(new BarChart.Bar(level, count, "maturity-" + level));
        }
        return BarChart.svg("Products per maturity level", bars);
    }

    private String originChart() {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Origin origin : schema.origins()) {
            int count = (int) handbook.products().stream().filter(p -> origin.name().equals(p.origin())).count();
            bars.add(new BarChart.Bar(origin.name(), count, "origin-" + origin.name()));
        }
        int none = (int) handbook.products().stream().filter(p -> p.origin() == null).count();
        if (none > 0) {
            bars.add(new BarChart.Bar("not stated", none, "origin-none"));
        }
        return BarChart.svg("Products per origin", bars);
    }

    /** Per origin, a column per stage with its products. */
    private List<Map<String, Object>> lifecycle(String from) {
        List<Map<String, Object>> boards = new ArrayList<>();
        for (Origin origin : schema.origins()) {
            List<Map<String, Object>> columns = new ArrayList<>();
            for (Stage stage : origin.stages()) {
                List<Product> inStage = handbook.products().stream()
                        .filter(p -> origin.name().equals(p.origin()) && stage.name().equals(p.stage())).toList();
                columns.add(group(stage.name(), inStage, from));
            }
            boards.add(Map.of("origin", origin.name(), "columns", columns));
        }
        return boards;
    }

    private List<Map<String, Object>> alignments(String from) {
        List<String> values = schema.characteristic("alignment").map(Characteristic::values).orElse(List.of());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String value : values) {
            groups.add(group(value, handbook.products().stream().filter(p -> value.equals(p.alignment())).toList(), from));
        }
        return groups;
    }

    private Map<String, Object> group(String name, List<Product> members, String from) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", name);
        group.put("count", members.size());
        group.put("products", members.stream().limit(LISTED).map(p -> products.row(p, from)).toList());
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
                long days = ChronoUnit.DAYS.between(handbook.today(), entry.waiver().until());
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
        return orderedCharacteristics().stream().map(c -> {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("key", c.key());
            column.put("label", c.label());
            column.put("requiredFrom", Objects.requireNonNullElse(c.requiredFrom(), ""));
            return column;
        }).toList();
    }

    List<Map<String, Object>> matrixRows(List<Product> page, String from) {
        List<Characteristic> columns = orderedCharacteristics();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Product product : page) {
            Map<String, Object> row = new LinkedHashMap<>(products.row(product, from));
            row.put("cells", columns.stream().map(c -> product.characteristic(c.key()).map(DashboardView::cell)
                    .orElseGet(Map::of)).toList());
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
        return schema.characteristics().stream().sorted(Comparator.comparingInt(
                (Characteristic c) -> c.requiredFrom() == null ? Integer.MAX_VALUE : schema.levelIndex(c.requiredFrom())))
                .toList();
    }
}
