package dev.handbook.render.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Small maps and helpers shared by the interface map tests. */
final class MapFixtures {

    private MapFixtures() {}

    static MapNode node(String id) {
        return new MapNode(id, "Product " + id, "maturity-loop", "../products/" + id + ".html");
    }

    static MapEdge edge(String from, String to) {
        return new MapEdge(from, to, from + " to " + to);
    }

    static List<MapNode> nodes(String... ids) {
        return List.of(ids).stream().map(MapFixtures::node).toList();
    }

    /** A random graph with a fixed seed: ids n00000..., edges mostly from lower to higher ids plus some back. */
    static InterfaceMap randomMap(int nodeCount, int edgeCount, long seed) {
        Random random = new Random(seed);
        List<MapNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(node(String.format("n%05d", i)));
        }
        List<MapEdge> edges = new ArrayList<>();
        for (int i = 0; i < edgeCount; i++) {
            edges.add(edge(
                    nodes.get(random.nextInt(nodeCount)).id(),
                    nodes.get(random.nextInt(nodeCount)).id()));
        }
        return new InterfaceMap(nodes, edges);
    }

    static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    static Document parseSvg(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    static void assertWellFormedXml(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
