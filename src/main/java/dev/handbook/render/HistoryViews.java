package dev.handbook.render;

import dev.handbook.config.Schema;
import dev.handbook.history.LevelPoint;
import dev.handbook.history.PageHistory;
import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.model.Timelines;
import dev.handbook.parse.AddressBook;
import dev.handbook.render.chart.StackedBarChart;
import dev.handbook.render.chart.TimelineStrip;
import dev.handbook.render.view.PortfolioHistory;
import dev.handbook.render.view.ProductHistory;
import dev.handbook.render.view.ReviewView;
import dev.handbook.validate.Review;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The handbook's memory as templates see it: a product's timeline and review dates, and the
 * dashboard's month-end counts, recent changes and reviews due.
 */
final class HistoryViews {

    static final int MONTHS = 12;
    static final int RECENT_DAYS = 30;

    private final Handbook handbook;
    private final Timelines timelines;
    private final Schema schema;
    private final LocalDate today;

    HistoryViews(Handbook handbook) {
        this.handbook = handbook;
        this.timelines = handbook.timelines();
        this.schema = handbook.config().schema();
        this.today = handbook.today();
    }

    /** A product page's timeline strip with its table, "at loop since", first dates and review. */
    ProductHistory product(Product product) {
        List<LevelPoint> points = timelines.points(product);
        List<ProductHistory.Point> rows = new ArrayList<>();
        List<TimelineStrip.Point> strip = new ArrayList<>();
        List<Boolean> regressions = Timelines.regressions(points, schema);
        for (int i = 0; i < points.size(); i++) {
            LevelPoint point = points.get(i);
            boolean regression = regressions.get(i);
            strip.add(new TimelineStrip.Point(point.date(), point.declared(), point.earned(), regression));
            rows.add(new ProductHistory.Point(
                    point.date().toString(),
                    point.commit().substring(0, Math.min(10, point.commit().length())),
                    ProductViews.orEmpty(point.declared()),
                    ProductViews.orEmpty(point.earned()),
                    regression));
        }
        List<ProductHistory.Reached> reached = new ArrayList<>();
        timelines
                .firstReached(product, schema)
                .forEach((level, day) -> reached.add(new ProductHistory.Reached(level, day.toString())));
        return new ProductHistory(
                rows,
                strip.isEmpty() ? "" : TimelineStrip.svg("Maturity of " + product.title(), strip, today),
                timelines.since(product).map(this::since),
                reached,
                timelines.review(product).map(this::review),
                timelines.note());
    }

    private ProductHistory.Since since(LevelPoint point) {
        return new ProductHistory.Since(
                point.declared(), point.date().toString(), ChronoUnit.DAYS.between(point.date(), today));
    }

    ReviewView review(Review review) {
        return new ReviewView(
                review.reviewed().toString(), review.due().toString(), review.isOverdue(today), review.frontMatter());
    }

    /** The dashboard's history block. */
    PortfolioHistory dashboard(String from) {
        List<StackedBarChart.Bar> bars = new ArrayList<>();
        List<PortfolioHistory.MonthEnd> table = new ArrayList<>();
        for (Timelines.MonthCount month : timelines.monthEnds(today, MONTHS, schema)) {
            List<StackedBarChart.Segment> segments = new ArrayList<>();
            month.perLevel()
                    .forEach((level, n) -> segments.add(new StackedBarChart.Segment(level, n, "maturity-" + level)));
            bars.add(new StackedBarChart.Bar(month.day().toString().substring(0, 7), segments));
            table.add(new PortfolioHistory.MonthEnd(
                    month.day().toString(), List.copyOf(month.perLevel().values())));
        }
        return new PortfolioHistory(
                StackedBarChart.svg("Products per maturity level at each month end", bars),
                table,
                changes(from),
                reviewsDue(from),
                timelines.note());
    }

    /** New products, level ups, regressions and retirements of the last 30 days, newest first. */
    private List<PortfolioHistory.Change> changes(String from) {
        LocalDate after = today.minusDays(RECENT_DAYS);
        List<PortfolioHistory.Change> changes = new ArrayList<>();
        timelines.all().forEach(page -> {
            Product product = handbook.productsByPath().get(page.path());
            String title = product == null ? page.path() : product.title();
            String href = product == null
                    ? ""
                    : AddressBook.relativeUrl(from, product.page().outputPath());
            List<LevelPoint> points = page.points();
            List<Boolean> regressions = Timelines.regressions(points, schema);
            LevelPoint before = null;
            for (int i = 0; i < points.size(); i++) {
                LevelPoint point = points.get(i);
                String kind = kind(i == 0 ? null : before, point, page, regressions.get(i));
                if (kind != null && point.date().isAfter(after) && !point.date().isAfter(today)) {
                    changes.add(new PortfolioHistory.Change(
                            point.date().toString(),
                            kind,
                            title,
                            href,
                            before == null ? "" : ProductViews.orEmpty(before.declared()),
                            ProductViews.orEmpty(point.declared())));
                }
                if (point.declared() != null || point.earned() != null) {
                    before = point;
                }
            }
        });
        changes.sort(Comparator.comparing(PortfolioHistory.Change::date)
                .reversed()
                .thenComparing(PortfolioHistory.Change::title));
        return changes;
    }

    private String kind(LevelPoint before, LevelPoint point, PageHistory page, boolean regression) {
        if (before == null) {
            return page.points().get(0) == point ? "new" : null;
        }
        if (point.declared() == null && Objects.equals(point.date(), page.removed())
                || "retired".equals(point.declared())) {
            return "retired";
        }
        if (regression) {
            return "regression";
        }
        int was = before.declared() == null ? -1 : schema.levelIndex(before.declared());
        int is = point.declared() == null ? -1 : schema.levelIndex(point.declared());
        return is > was ? "level up" : null;
    }

    /** Per product of a matrix page, in its order: its review dates, when its level has a window. */
    List<Optional<ReviewView>> matrixReviews(List<Product> page) {
        return page.stream()
                .map(product -> timelines.review(product).map(this::review))
                .toList();
    }

    /** Products overdue for review or due within 30 days, soonest first. */
    private List<PortfolioHistory.ReviewDue> reviewsDue(String from) {
        List<PortfolioHistory.ReviewDue> due = new ArrayList<>();
        for (Product product : handbook.products()) {
            timelines.review(product).ifPresent(review -> {
                if (!review.due().isAfter(today.plusDays(RECENT_DAYS))) {
                    due.add(new PortfolioHistory.ReviewDue(
                            product.title(),
                            AddressBook.relativeUrl(from, product.page().outputPath()),
                            review.reviewed().toString(),
                            review.due().toString(),
                            review.isOverdue(today)));
                }
            });
        }
        due.sort(
                Comparator.comparing(PortfolioHistory.ReviewDue::due).thenComparing(PortfolioHistory.ReviewDue::title));
        return due;
    }
}
