package dev.handbook.render.view;

/** A link in the navigation: a sidebar item, a breadcrumb, the previous or next page. */
public record NavLink(String title, String href, boolean current) {}
