package dev.handbook.config;

import java.util.List;
import java.util.Objects;

/** A stage of an origin, with the maturity levels it is consistent with. */
public record Stage(String name, List<String> levels) {

    public Stage {
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
    }
}
