package dev.handbook.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where a product comes from (greenfield, brownfield) and the ordered stages it moves through. */
public record Origin(String name, List<Stage> stages) {

    public Origin {
        Objects.requireNonNull(name, "name");
        stages = List.copyOf(stages);
    }

    public Optional<Stage> stage(String stageName) {
        return stages.stream().filter(s -> s.name().equals(stageName)).findFirst();
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }
}
