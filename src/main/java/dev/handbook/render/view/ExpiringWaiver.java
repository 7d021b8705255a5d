package dev.handbook.render.view;

/** A waiver that ends within the dashboard's window, on the product row it belongs to. */
public record ExpiringWaiver(ProductRow row, String characteristic, String until, String reason, long daysLeft)
        implements WithProductRow {}
