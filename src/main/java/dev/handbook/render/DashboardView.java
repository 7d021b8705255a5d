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
import dev.handbook.render.view.DashboardData;
import dev.handbook.render.view.DashboardData.LifecycleBoard;
import dev.handbook.render.view.DashboardData.ProductGroup;
import dev.handbook.render.view.ExpiringWaiver;
import dev.handbook.render.view.MatrixColumn;
import dev.handbook.render.view.MatrixRow;
import dev.handbook.render.view.MatrixRow.MatrixCell;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    DashboardData dashboard(String from) {
        Groups groups = new Groups(handbook.products());
        return new DashboardData(
                levelChart(groups),
                originChart(groups),
                lifecycle(groups, from),
                alignments(groups, from),
                expiringWaivers(from),
                handbook.products().size());
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
    private List<LifecycleBoard> lifecycle(Groups groups, String from) {
        List<LifecycleBoard> boards = new ArrayList<>();
        for (Origin origin : schema.origins()) {
            List<ProductGroup> columns = new ArrayList<>();
            for (Stage stage : origin.stages()) {
                columns.add(group(stage.name(), groups.inStage(origin.name(), stage.name()), from));
            }
            boards.add(new LifecycleBoard(origin.name(), columns));
        }
        return boards;
    }

    private List<ProductGroup> alignments(Groups groups, String from) {
        List<String> values =
                schema.characteristic("alignment").map(Characteristic::values).orElse(List.of());
        List<ProductGroup> result = new ArrayList<>();
        for (String value : values) {
            result.add(group(value, groups.aligned(value), from));
        }
        return result;
    }

    private ProductGroup group(String name, List<Product> members, String from) {
        return new ProductGroup(
                name,
                members.size(),
                members.stream().limit(LISTED).map(p -> products.row(p, from)).toList(),
                Math.max(0, members.size() - LISTED));
    }

    private List<ExpiringWaiver> expiringWaivers(String from) {
        List<ExpiringWaiver> waivers = new ArrayList<>();
        for (Product product : handbook.products()) {
            for (CharacteristicEntry entry : product.characteristics()) {
                if (entry.status() != Status.WAIVED) {
                    continue;
                }
                long days =
                        ChronoUnit.DAYS.between(handbook.today(), entry.waiver().until());
                if (days <= EXPIRY_DAYS) {
                    waivers.add(new ExpiringWaiver(
                            products.row(product, from),
                            entry.label(),
                            entry.waiver().until().toString(),
                            entry.waiver().reason(),
                            days));
                }
            }
        }
        waivers.sort(Comparator.comparing(ExpiringWaiver::until).thenComparing(ExpiringWaiver::title));
        return waivers;
    }

    /** Matrix columns: characteristics in the order of the level that requires them. */
    List<MatrixColumn> matrixColumns() {
        return orderedCharacteristics().stream()
                .map(c -> new MatrixColumn(c.key(), c.label(), Objects.requireNonNullElse(c.requiredFrom(), "")))
                .toList();
    }

    List<MatrixRow> matrixRows(List<Product> page, String from) {
        List<Characteristic> columns = orderedCharacteristics();
        List<MatrixRow> rows = new ArrayList<>();
        for (Product product : page) {
            List<Optional<MatrixCell>> cells = new ArrayList<>(columns.size());
            for (Characteristic column : columns) {
                cells.add(product.characteristic(column.key()).map(DashboardView::cell));
            }
            rows.add(new MatrixRow(products.row(product, from), cells));
        }
        return rows;
    }

    /**
     * A matrix cell: which characteristic, and its status. Only that: the matrix shows ten thousand
     * products times every characteristic, and a product page's full card in each cell made the
     * matrix pages the costliest part of a big build.
     */
    private static MatrixCell cell(CharacteristicEntry entry) {
        return new MatrixCell(
                entry.key(),
                entry.label(),
                entry.status().cssName(),
                entry.status().label());
    }

    private List<Characteristic> orderedCharacteristics() {
        return schema.characteristics().stream()
                .sorted(Comparator.comparingInt((Characteristic c) ->
                        c.requiredFrom() == null ? Integer.MAX_VALUE : schema.levelIndex(c.requiredFrom())))
                .toList();
    }
}
