package dev.handbook.render.map;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The geometry of a drawn map read back from its SVG: the node boxes and each edge as a polyline,
 * and the edge segments that run through a box other than the edge's own two ends.
 */
public final class MapGeometry {

    public record Box(int x, int y, int width, int height) {
        boolean holdsOnItsEdge(int[] point) {
            return point[0] >= x && point[0] <= x + width && point[1] >= y && point[1] <= y + height;
        }

        /** True when the axis-parallel segment passes through the inside of the box (touching its border does not count). */
        boolean crossedBy(int[] a, int[] b) {
            if (a[1] == b[1]) {
                return y < a[1]
                        && a[1] < y + height
                        && Math.max(Math.min(a[0], b[0]), x) < Math.min(Math.max(a[0], b[0]), x + width);
            }
            if (a[0] == b[0]) {
                return x < a[0]
                        && a[0] < x + width
                        && Math.max(Math.min(a[1], b[1]), y) < Math.min(Math.max(a[1], b[1]), y + height);
            }
            throw new AssertionError("not an orthogonal segment: " + a[0] + "," + a[1] + " to " + b[0] + "," + b[1]);
        }
    }

    private final List<Box> boxes = new ArrayList<>();
    private final List<List<int[]>> edges = new ArrayList<>();
    private final List<String> edgeTitles = new ArrayList<>();

    private MapGeometry(Document svg) {
        for (Element rect : svg.select("g.map-nodes rect.map-box")) {
            boxes.add(new Box(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")));
        }
        for (Element path : svg.select("g.map-edges > path.map-edge")) {
            edges.add(points(path.attr("d")));
            edgeTitles.add(path.select("title").text());
        }
    }

    public static MapGeometry of(String svg) {
        return new MapGeometry(Jsoup.parse(svg, "", Parser.xmlParser()));
    }

    public static MapGeometry of(Element svg) {
        return of(svg.outerHtml());
    }

    public List<Box> boxes() {
        return boxes;
    }

    public int edgeCount() {
        return edges.size();
    }

    /** One line per edge segment that runs through a box other than the two its edge joins. */
    public List<String> crossings() {
        List<String> found = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            List<int[]> line = edges.get(e);
            for (int b = 0; b < boxes.size(); b++) {
                Box box = boxes.get(b);
                if (box.holdsOnItsEdge(line.get(0)) || box.holdsOnItsEdge(line.get(line.size() - 1))) {
                    continue;
                }
                for (int s = 0; s + 1 < line.size(); s++) {
                    if (box.crossedBy(line.get(s), line.get(s + 1))) {
                        found.add("edge \"" + edgeTitles.get(e) + "\" segment " + s + " crosses " + box);
                    }
                }
            }
        }
        return found;
    }

    /** Pairs of boxes that overlap. */
    public List<String> overlaps() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                if (a.x() < b.x() + b.width()
                        && b.x() < a.x() + a.width()
                        && a.y() < b.y() + b.height()
                        && b.y() < a.y() + a.height()) {
                    found.add(a + " overlaps " + b);
                }
            }
        }
        return found;
    }

    private static int number(Element element, String attribute) {
        return Integer.parseInt(element.attr(attribute));
    }

    /** "M1,2 L3,4 L5,6" as points; anything else (curves) is refused. */
    private static List<int[]> points(String d) {
        List<int[]> points = new ArrayList<>();
        for (String step : d.trim().split(" ")) {
            if (step.charAt(0) != (points.isEmpty() ? 'M' : 'L')) {
                throw new AssertionError("not a polyline: " + d);
            }
            String[] xy = step.substring(1).split(",");
            points.add(new int[] {Integer.parseInt(xy[0]), Integer.parseInt(xy[1])});
        }
        return points;
    }
}
