package dev.handbook.render.view;

/** A tag on the tag index: how many pages carry it, and its page. */
public record TagCount(String name, int count, String href) {}
