package dev.handbook.render.map;

/**
 * Where the layout put a node: the top-left corner of its box, in SVG user units.
 *
 * @param layer 0 for the top row; a node sits below every node that uses it, unless a cycle runs through both
 */
public record PlacedNode(MapNode node, int layer, int x, int y) {}
