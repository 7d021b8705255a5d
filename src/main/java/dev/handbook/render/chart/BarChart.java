package dev.handbook.render.chart;

import dev.handbook.text.Labels;
import dev.handbook.text.Xml;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart as inline SVG. Every bar carries its label and its count as text, so the
 * chart reads without colour; a bar's CSS class (say {@code maturity-steady}) only adds colour.
 * The viewBox is fixed in width, so the chart scales to the width of whatever holds it; it is
 * narrow (440 units) so that its 14-unit text stays above 10 px in a phone's 350 px column. Below
 * the bars, an axis with ticks at zero, half and the largest value says what the lengths count.
 */
public final class BarChart {

    static final int WIDTH = 440;
    static final int BAR_X = 150;
    static final int BAR_MAX_WIDTH = 240;
    static final int AXIS_HEIGHT = 30;
    static final int FONT_SIZE = 14;
    static final int PADDING = 8;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;
    static final int LABEL_X = 8;
    private static final int VALUE_GAP = 6;
    private static final int LABEL_MAX_CHARS = 20;

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

    private BarChart() {}

    /** The chart, one row per bar in the given order; bar lengths are relative to the largest value. */
    public static String svg(String title, List<Bar> bars) {
        return svg(title, "products", bars);
    }

    /** The same, with the axis named after what the values count. */
    public static String svg(String title, String unit, List<Bar> bars) {
        return svg(
                title,
                unit,
                bars,
                List.copyOf(bars).stream().mapToInt(Bar::value).max().orElse(0));
    }

    /**
     * The same on a fixed scale: a bar of value {@code scale} fills the width (say 100 for bars
     * that count per cent), so charts of different data compare.
     */
    public static String svg(String title, String unit, List<Bar> bars, int scale) {
        Objects.requireNonNull(title, "title");
        List<Bar> rows = List.copyOf(bars);
        if (rows.stream().anyMatch(bar -> bar.value() > scale)) {
            throw new IllegalArgumentException("a bar is longer than the scale " + scale);
        }
        int max = scale;
        StringBuilder svg = new StringBuilder(256 + rows.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height(rows.size()))
                .append("\">")
                .append("<title>")
                .append(Xml.escape(title))
                .append("</title>")
                .append("<desc>")
                .append(Xml.escape(summary(rows)))
                .append("</desc>");
        if (rows.isEmpty()) {
            appendText(svg, "bar-label", LABEL_X, rowMiddle(0), "No data");
        }
        for (int row = 0; row < rows.size(); row++) {
            appendBar(svg, rows.get(row), row, max);
        }
        appendAxis(svg, Math.max(1, rows.size()), max, unit);
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
        return 2 * PADDING + ROW_HEIGHT * Math.max(1, rows) + AXIS_HEIGHT;
    }

    /** The value axis: a line under the bars, ticks at 0, half and the largest value, and the unit. */
    private static void appendAxis(StringBuilder svg, int rows, int max, String unit) {
        int y = PADDING + rows * ROW_HEIGHT;
        svg.append("<g class=\"axis\" aria-hidden=\"true\"><line class=\"axis-line\" x1=\"")
                .append(BAR_X)
                .append("\" y1=\"")
                .append(PADDING)
                .append("\" x2=\"")
                .append(BAR_X)
                .append("\" y2=\"")
                .append(y)
                .append("\"/><line class=\"axis-line\" x1=\"")
                .append(BAR_X)
                .append("\" y1=\"")
                .append(y)
                .append("\" x2=\"")
                .append(BAR_X + BAR_MAX_WIDTH)
                .append("\" y2=\"")
                .append(y)
                .append("\"/>");
        List<Integer> ticks = max >= 2 ? List.of(0, max / 2, max) : List.of(0, max);
        for (int tick : ticks.stream().distinct().toList()) {
            int x = BAR_X + (max == 0 ? 0 : barWidth(tick, max));
            svg.append("<line class=\"axis-tick\" x1=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y2=\"")
                    .append(y + 4)
                    .append("\"/>");
            svg.append("<text class=\"axis-label\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(tick)
                    .append("</text>");
        }
        svg.append("<text class=\"axis-unit\" x=\"")
                .append(BAR_X - 2 * VALUE_GAP)
                .append("\" y=\"")
                .append(y + 16)
                .append("\" text-anchor=\"end\" font-size=\"12\">")
                .append(Xml.escape(unit))
                .append("</text></g>");
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
        svg.append("<g class=\"bar\"><title>")
                .append(Xml.escape(bar.label()))
                .append(": ")
                .append(value)
                .append("</title>");
        appendText(svg, "bar-label", LABEL_X, middle, truncated(bar.label()));
        svg.append("<rect class=\"")
                .append(Xml.escape(("bar-fill " + bar.cssClass()).strip()))
                .append('"')
                .append(" x=\"")
                .append(BAR_X)
                .append("\" y=\"")
                .append(middle - BAR_HEIGHT / 2)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(BAR_HEIGHT)
                .append("\"/>");
        appendText(svg, "bar-value", BAR_X + width + VALUE_GAP, middle, value);
        svg.append("</g>");
    }

    static void appendText(StringBuilder svg, String cssClass, int x, int y, String text) {
        svg.append("<text class=\"")
                .append(cssClass)
                .append("\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" dominant-baseline=\"central\" font-size=\"")
                .append(FONT_SIZE)
                .append("\">")
                .append(Xml.escape(text))
                .append("</text>");
    }

    private static String truncated(String label) {
        return Labels.truncate(label, LABEL_MAX_CHARS);
    }
}
