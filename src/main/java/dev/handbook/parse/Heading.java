package dev.handbook.parse;

import dev.handbook.diag.Position;

/** A heading of a page body, with the anchor id it is published with. */
public record Heading(int level, String text, String id, Position position) {}
