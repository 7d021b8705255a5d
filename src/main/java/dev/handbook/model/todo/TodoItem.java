package dev.handbook.model.todo;

import dev.handbook.model.Product;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a team should do about one of its products.
 *
 * @param characteristic the key of the characteristic it is about
 * @param label          that characteristic's label
 * @param detail         one sentence saying what is wrong or due
 * @param due            the date it is due by, or null when it has none
 */
public record TodoItem(Kind kind, Product product, String characteristic, String label, String detail, LocalDate due) {

    /** The kinds of item, in the order a list shows them. */
    public enum Kind {
        /** Something the product's declared level requires is missing: the build fails on it. */
        ERROR("error"),
        /** A waiver ends soon. */
        WAIVER("waiver ending"),
        /** A campaign asks for something by a deadline. */
        CAMPAIGN("campaign"),
        /** What the next level requires. */
        NEXT_LEVEL("next level"),
        /** A page nobody has looked at in too long. */
        REVIEW("review");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** A CSS-friendly name: error, waiver-ending, ... */
        public String cssName() {
            return label.replace(' ', '-');
        }
    }

    /**
     * Kind first, then the earliest due date (undated last), then the product's title; items of one
     * product keep the order their source gave them.
     */
    public static final Comparator<TodoItem> ORDER = Comparator.comparing(TodoItem::kind)
            .thenComparing(TodoItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(item -> item.product().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(item -> item.product().slug());

    public TodoItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(characteristic, "characteristic");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
    }
}
