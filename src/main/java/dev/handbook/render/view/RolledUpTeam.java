package dev.handbook.render.view;

import java.util.List;

/** A team below the page's team, with the products it owns. */
public record RolledUpTeam(String title, String slug, String href, List<ProductRow> products) {}
