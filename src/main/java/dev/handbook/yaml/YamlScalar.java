package dev.handbook.yaml;

import dev.handbook.diag.Position;
import java.util.Objects;

/** A scalar with the type YAML resolved for it (a plain {@code 2027-03-31} is a DATE, {@code 3} an INT). */
public record YamlScalar(String text, Kind kind, Position position) implements YamlNode {

    public enum Kind {
        STRING,
        NULL,
        BOOL,
        INT,
        FLOAT,
        DATE
    }

    public YamlScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String shapeName() {
        return kind == Kind.NULL ? "nothing" : "text";
    }
}
