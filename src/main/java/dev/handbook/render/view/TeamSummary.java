package dev.handbook.render.view;

/** A team as the home page lists it: a link and how many products it answers for (its own and its child teams'). */
public record TeamSummary(String title, String slug, String href, int productCount) {}
