package dev.handbook.render.view;

/** A heading in the page's table of contents. */
public record TocEntry(String text, String id, int level) {}
