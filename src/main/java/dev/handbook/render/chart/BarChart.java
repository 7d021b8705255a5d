package dev.handbook.render.chart;

import dev.handbook.text.Labels;
import dev.handbook.text.Xml;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart as inline SVG. Every bar carries its label and its count as text, so the
 * chart reads without colour; a bar's CSS class (say {@code maturity-steady}) only adds colour.
 * The viewBox is fixed in width, so the chart scales to the width of whatever holds it.
 */
public final class BarChart {

    static final int WIDTH = 640;
    static final int BAR_X = 216;
    static final int BAR_MAX_WIDTH = 360;
    private static final int PADDING = 8;
    private static final int ROW_HEIGHT = 28;
    private static final int BAR_HEIGHT = 18;
    private static final int LABEL_X = 8;
    private static final int VALUE_GAP = 6;
    private static final int LABEL_MAX_CHARS = 28;

    /**
     * One bar.
     *
     * @param value    a count, zero or more
     * @param cssClass class names for the bar's rect, e.g. {@code maturity-steady}; "" for none
     */
    public record Bar(String label, int value, String cssClass) {

        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(cssClass, "cssClass");
            if (value < 0) {
                throw new IllegalArgumentException("value must not be negative: " + value);
            }
        }
    }

    private BarChart() {
    }

    /** The chart, one row per bar in the given order; bar lengths are relative to the largest value. */
    public static String svg(String title, List<Bar> bars) {
        Objects.requireNonNull(title, "title");
        List<Bar> rows = List.copyOf(bars);
        int max = rows.stream().mapToInt(Bar::value).max().orElse(0);
        StringBuilder svg = new StringBuilder(256 + rows.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height(rows.size())).append("\">")
                .append("<title>").append(Xml.escape(title)).append("</title>")
                .append("<desc>").append(Xml.escape(summary(rows))).append("</desc>");
        if (rows.isEmpty()) {
            appendText(svg, "bar-label", LABEL_X, rowMiddle(0), "No data");
        }
        for (int row = 0; row < rows.size(); row++) {
            appendBar(svg, rows.get(row), row, max);
        }
        return svg.append("</svg>").toString();
    }

    static int barWidth(int value, int max) {
        if (value == 0) {
            return 0;
        }
        long scaled = ((long) value * BAR_MAX_WIDTH + max / 2) / max;
        return (int) Math.max(1, scaled);
    }

    private static int height(int rows) {
        return 2 * PADDING + ROW_HEIGHT * Math.max(1, rows);
    }

    private static int rowMiddle(int row) {
        return PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    }

    private static String summary(List<Bar> rows) {
        return rows.stream().map(bar -> bar.label() + ": " + bar.value()).collect(Collectors.joining("; "));
    }

    private static void appendBar(StringBuilder svg, Bar bar, int row, int max) {
        int width = barWidth(bar.value(), max);
        int middle = rowMiddle(row);
        String value = Integer.toString(bar.value());
        svg.append("<g class=\"bar\"><title>").append(Xml.escape(bar.label())).append(": ").append(value).append("</title>");
        appendText(svg, "bar-label", LABEL_X, middle, truncated(bar.label()));
        svg.append("<rect class=\"").append(Xml.escape(("bar-fill " + bar.cssClass()).strip())).append('"')
                .append(" x=\"").append(BAR_X).append("\" y=\"").append(middle - BAR_HEIGHT / 2)
                .append("\" width=\"").append(width).append("\" height=\"").append(BAR_HEIGHT).append("\"/>");
        appendText(svg, "bar-value", BAR_X + width + VALUE_GAP, middle, value);
        svg.append("</g>");
    }

    private static void appendText(StringBuilder svg, String cssClass, int x, int y, String text) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" dominant-baseline=\"central\" font-size=\"13\">").append(Xml.escape(text)).append("</text>");
    }

    private static String truncated(String label) {
        return Labels.truncate(label, LABEL_MAX_CHARS);
    }
}
