package dev.handbook.render.view;

/** A page on a tag page; {@code kind} is product or guide. */
public record TaggedPage(String title, String href, String kind, String maturity, String description) {}
