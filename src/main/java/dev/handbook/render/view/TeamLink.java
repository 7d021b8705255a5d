package dev.handbook.render.view;

/** A link to a team's page. */
public record TeamLink(String title, String slug, String href) {}
