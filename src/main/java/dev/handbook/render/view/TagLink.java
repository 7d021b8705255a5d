package dev.handbook.render.view;

/** A tag of the page, linking to its tag page. */
public record TagLink(String name, String href) {}
