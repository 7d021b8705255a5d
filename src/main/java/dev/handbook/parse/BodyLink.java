package dev.handbook.parse;

import dev.handbook.diag.Position;

/** A link or image in a page body as the writer wrote it, at its place in the original file. */
public record BodyLink(String destination, Position position, boolean image) {

    public LinkTarget target() {
        return LinkTarget.parse(destination);
    }
}
