package dev.handbook.parse.markdown;

import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import java.util.Objects;

/** A warning about a page body's Markdown, at its place in the file, under a rule id. */
public record BodyFinding(Rule rule, Position position, String message) {

    public BodyFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }
}
