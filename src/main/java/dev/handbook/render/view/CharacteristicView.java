package dev.handbook.render.view;

import java.util.List;

/** A characteristic of a product; {@code status} is present, waived, missing or not-yet-expected. */
public record CharacteristicView(
        String key,
        String label,
        String explanation,
        String status,
        String statusLabel,
        String text,
        List<String> items,
        String requiredFrom,
        String waiverReason,
        String waiverUntil) {}
