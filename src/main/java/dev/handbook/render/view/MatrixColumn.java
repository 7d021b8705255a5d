package dev.handbook.render.view;

/** A column of the characteristics matrix, in the order of the level that requires it. */
public record MatrixColumn(String key, String label, String requiredFrom) {}
