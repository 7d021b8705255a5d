package dev.handbook.render.view;

import java.util.List;

/** The interface map page. {@code svg} and {@code edges} are empty when it is too big to draw. */
public record MapView(String svg, List<MapEdgeRow> edges, int productCount, List<OwnerCount> owners) {

    /** An edge of the map as a table row: who uses whom, by which kind of interface. */
    public record MapEdgeRow(String from, String fromHref, String to, String toHref, String kind) {}

    /** An owner with the number of products it owns and its page. */
    public record OwnerCount(String owner, int count, String href) {}
}
