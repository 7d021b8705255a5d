package dev.handbook.render.view;

import java.util.List;

/** A product's own page: its row, its characteristics and interfaces, who uses it, its drawing, its past. */
public record ProductDetail(
        ProductRow row,
        List<CharacteristicView> characteristics,
        List<InterfaceView> interfaces,
        List<ProductRow> usedBy,
        String logo,
        String map,
        ProductHistory history)
        implements WithProductRow {}
