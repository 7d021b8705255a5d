package dev.handbook.model;

import dev.handbook.config.Characteristic;
import dev.handbook.validate.Waiver;
import java.util.List;
import java.util.Objects;

/**
 * One characteristic of one product, ready to show: its value as text or items, or its state.
 *
 * @param text   the value as one text (list items joined), "" when absent
 * @param items  the value's items when it is a list, else empty
 * @param waiver the waiver in force, or null
 */
public record CharacteristicEntry(
        Characteristic characteristic, Status status, String text, List<String> items, Waiver waiver) {

    public CharacteristicEntry {
        Objects.requireNonNull(characteristic, "characteristic");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
    }

    public String key() {
        return characteristic.key();
    }

    public String label() {
        return characteristic.label();
    }
}
