package dev.handbook.model.todo;

import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Product;
import dev.handbook.model.Status;
import java.time.LocalDate;
import java.util.List;

/** Waivers that end within {@value #DAYS} days: the characteristic must be there by then. */
final class EndingWaivers implements TodoSource {

    static final int DAYS = 30;

    @Override
    public List<TodoItem> items(Product product, LocalDate today) {
        LocalDate horizon = today.plusDays(DAYS);
        return product.characteristics().stream()
                .filter(entry -> entry.status() == Status.WAIVED)
                .filter(entry -> !entry.waiver().until().isAfter(horizon))
                .map(entry -> item(product, entry))
                .toList();
    }

    private static TodoItem item(Product product, CharacteristicEntry entry) {
        LocalDate until = entry.waiver().until();
        return new TodoItem(TodoItem.Kind.WAIVER, product, entry.key(), entry.label(), "waived until " + until, until);
    }
}
