package dev.handbook.render.view;

/** The site's settings every page sees as {@code site}. */
public record SiteView(String title, String mission, String baseUrl, String favicon, String themeColor) {}
