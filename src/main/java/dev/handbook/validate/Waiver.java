package dev.handbook.validate;

import dev.handbook.diag.Position;
import java.time.LocalDate;
import java.util.Objects;

/** A product's leave to go without a characteristic until a date, with the reason why. */
public record Waiver(String characteristic, String reason, LocalDate until, Position untilPosition) {

    public Waiver {
        Objects.requireNonNull(characteristic, "characteristic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(untilPosition, "untilPosition");
    }

    public boolean isActive(LocalDate today) {
        return !today.isAfter(until);
    }
}
