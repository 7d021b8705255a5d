package dev.handbook.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A product in the characteristics matrix.
 *
 * @param cells one per matrix column; empty where the product has no such characteristic
 */
public record MatrixRow(ProductRow row, List<Optional<MatrixCell>> cells) implements WithProductRow {

    /** A characteristic's status in the matrix. */
    public record MatrixCell(String key, String label, String status, String statusLabel) {}
}
