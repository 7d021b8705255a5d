package dev.handbook.render.view;

import java.util.List;

/** The maturity dashboard as {@code dashboard}. */
public record DashboardData(
        String levelChart,
        String originChart,
        List<LifecycleBoard> lifecycle,
        List<ProductGroup> alignments,
        List<ExpiringWaiver> expiringWaivers,
        int total) {

    /** An origin's lifecycle board: a column per stage. */
    public record LifecycleBoard(String origin, List<ProductGroup> columns) {}

    /** Products sharing a stage or an alignment: the first few listed, {@code more} not. */
    public record ProductGroup(String name, int count, List<ProductRow> products, int more) {}
}
