package dev.handbook.model.todo;

import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Product;
import dev.handbook.model.Status;
import java.time.LocalDate;
import java.util.List;

/** Errors: what the declared level requires and the product lacks (absent, a placeholder, or an expired waiver). */
final class MissingCharacteristics implements TodoSource {

    @Override
    public List<TodoItem> items(Product product, LocalDate today) {
        return product.characteristics().stream()
                .filter(entry -> entry.status() == Status.MISSING)
                .map(entry -> item(product, entry))
                .toList();
    }

    private static TodoItem item(Product product, CharacteristicEntry entry) {
        return new TodoItem(
                TodoItem.Kind.ERROR,
                product,
                entry.key(),
                entry.label(),
                "missing, and " + product.maturity() + " requires it",
                null);
    }
}
