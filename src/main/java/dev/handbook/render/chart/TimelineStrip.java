package dev.handbook.render.chart;

import dev.handbook.text.Xml;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A product's levels over time as inline SVG: two lanes, declared and earned, each a run of
 * segments coloured by level class ({@code maturity-loop}), from the first point to today, with
 * a mark at every regression. The text equivalent is the table the page shows beside it.
 */
public final class TimelineStrip {

    private static final int LANE_X = 90;
    private static final int LANE_WIDTH = BarChart.WIDTH - LANE_X - 10;
    private static final int LANE_HEIGHT = 18;
    private static final int ROW = 28;
    private static final int TOP = 8;
    private static final int HEIGHT = TOP + 2 * ROW + 26;

    /**
     * A point of the strip.
     *
     * @param declared   the declared level from this day on, or null
     * @param earned     the earned level from this day on, or null
     * @param regression whether it declared or earned less than the point before
     */
    public record Point(LocalDate date, String declared, String earned, boolean regression) {

        public Point {
            Objects.requireNonNull(date, "date");
        }
    }

    private TimelineStrip() {}

    /** @param points oldest first, at least one */
    public static String svg(String title, List<Point> points, LocalDate today) {
        LocalDate start = points.get(0).date();
        LocalDate end = today.isAfter(start) ? today : start.plusDays(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        StringBuilder svg = new StringBuilder(512 + points.size() * 300);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-strip\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"0 0 ")
                .append(BarChart.WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\"><title>")
                .append(Xml.escape(title))
                .append("</title><desc>")
                .append(Xml.escape(summary(points)))
                .append("</desc>");
        lane(svg, "declared", 0, points, start, end, days, true);
        lane(svg, "earned", 1, points, start, end, days, false);
        for (Point point : points) {
            if (point.regression()) {
                int x = x(point.date(), start, days);
                svg.append("<path class=\"regression\" d=\"M")
                        .append(x)
                        .append(' ')
                        .append(TOP + 2 * ROW)
                        .append(" l-5 8 h10 z\"><title>")
                        .append(Xml.escape("regression on " + point.date()))
                        .append("</title></path>");
            }
        }
        label(svg, LANE_X, TOP + 2 * ROW + 20, "start", start.toString());
        label(svg, LANE_X + LANE_WIDTH, TOP + 2 * ROW + 20, "end", end.toString());
        return svg.append("</svg>").toString();
    }

    private static void lane(
            StringBuilder svg,
            String name,
            int row,
            List<Point> points,
            LocalDate start,
            LocalDate end,
            long days,
            boolean declared) {
        int y = TOP + row * ROW;
        svg.append("<g class=\"lane lane-").append(name).append("\">");
        label(svg, 8, y + LANE_HEIGHT / 2 + 5, "start", name);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            LocalDate until = i + 1 < points.size() ? points.get(i + 1).date() : end;
            String level = declared ? point.declared() : point.earned();
            int x = x(point.date(), start, days);
            int width = Math.max(1, x(until, start, days) - x);
            svg.append("<rect class=\"")
                    .append(level == null ? "level-none" : "maturity-" + Xml.escape(level))
                    .append("\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(LANE_HEIGHT)
                    .append("\"><title>")
                    .append(Xml.escape(name + " " + (level == null ? "none" : level) + " from " + point.date()))
                    .append("</title></rect>");
        }
        svg.append("</g>");
    }

    private static int x(LocalDate day, LocalDate start, long days) {
        return LANE_X + (int) (ChronoUnit.DAYS.between(start, day) * LANE_WIDTH / days);
    }

    private static void label(StringBuilder svg, int x, int y, String anchor, String text) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" font-size=\"12\">")
                .append(Xml.escape(text))
                .append("</text>");
    }

    private static String summary(List<Point> points) {
        StringBuilder text = new StringBuilder();
        for (Point point : points) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(point.date())
                    .append(": declared ")
                    .append(point.declared() == null ? "none" : point.declared())
                    .append(", earned ")
                    .append(point.earned() == null ? "none" : point.earned())
                    .append(point.regression() ? " (regression)" : "");
        }
        return text.toString();
    }
}
