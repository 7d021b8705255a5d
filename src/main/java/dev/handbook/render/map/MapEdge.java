package dev.handbook.render.map;

import java.util.Objects;

/**
 * An arrow on the interface map: {@code from} uses {@code to}.
 *
 * @param label what the use goes through, e.g. "MQTT topic"; null means none
 */
public record MapEdge(String from, String to, String label) {

    public MapEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        label = Objects.requireNonNullElse(label, "");
    }
}
