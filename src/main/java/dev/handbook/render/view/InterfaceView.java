package dev.handbook.render.view;

/** An interface a product declares: another product (with its link) or a free text. */
public record InterfaceView(String title, String href, String maturity, String kind, String description) {}
