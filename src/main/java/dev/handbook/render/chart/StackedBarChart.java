package dev.handbook.render.chart;

import dev.handbook.text.Xml;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A horizontal stacked bar chart as inline SVG, laid out like {@link BarChart}: a row per bar with
 * its label and total as text, each bar split into segments whose CSS class (say
 * {@code maturity-loop}) adds colour and whose tooltip names the segment and its count.
 */
public final class StackedBarChart {

    private static final int PADDING = BarChart.PADDING;
    private static final int ROW_HEIGHT = BarChart.ROW_HEIGHT;
    private static final int BAR_HEIGHT = BarChart.BAR_HEIGHT;

    /** One segment of a bar. */
    public record Segment(String label, int value, String cssClass) {

        public Segment {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(cssClass, "cssClass");
            if (value < 0) {
                throw new IllegalArgumentException("value must not be negative: " + value);
            }
        }
    }

    /** One bar: a label and its segments in order. */
    public record Bar(String label, List<Segment> segments) {

        public Bar {
            Objects.requireNonNull(label, "label");
            segments = List.copyOf(segments);
        }

        int total() {
            return segments.stream().mapToInt(Segment::value).sum();
        }
    }

    private StackedBarChart() {}

    public static String svg(String title, List<Bar> bars) {
        int max = bars.stream().mapToInt(Bar::total).max().orElse(0);
        int height = 2 * PADDING + ROW_HEIGHT * Math.max(1, bars.size());
        StringBuilder svg = new StringBuilder(256 + bars.size() * 600);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart stacked\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"0 0 ")
                .append(BarChart.WIDTH)
                .append(' ')
                .append(height)
                .append("\"><title>")
                .append(Xml.escape(title))
                .append("</title><desc>")
                .append(Xml.escape(summary(bars)))
                .append("</desc>");
        for (int row = 0; row < bars.size(); row++) {
            appendBar(svg, bars.get(row), PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2, max);
        }
        return svg.append("</svg>").toString();
    }

    private static void appendBar(StringBuilder svg, Bar bar, int middle, int max) {
        svg.append("<g class=\"bar\">");
        BarChart.appendText(svg, "bar-label", BarChart.LABEL_X, middle, bar.label());
        int x = BarChart.BAR_X;
        for (Segment segment : bar.segments()) {
            int width = max == 0 ? 0 : BarChart.barWidth(segment.value(), max);
            if (width > 0) {
                svg.append("<rect class=\"")
                        .append(Xml.escape(("bar-fill " + segment.cssClass()).strip()))
                        .append("\" x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(middle - BAR_HEIGHT / 2)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(BAR_HEIGHT)
                        .append("\"><title>")
                        .append(Xml.escape(segment.label() + ": " + segment.value()))
                        .append("</title></rect>");
            }
            x += width;
        }
        BarChart.appendText(svg, "bar-value", x + 6, middle, Integer.toString(bar.total()));
        svg.append("</g>");
    }

    private static String summary(List<Bar> bars) {
        return bars.stream()
                .map(bar -> bar.label() + ": "
                        + bar.segments().stream()
                                .map(s -> s.label() + " " + s.value())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
