package dev.handbook.model.todo;

import dev.handbook.model.Product;
import dev.handbook.model.Status;
import java.time.LocalDate;
import java.util.List;

/** What the level after the declared one requires that the product lacks (and its own level does not: those are errors). */
final class NextLevelNeeds implements TodoSource {

    @Override
    public List<TodoItem> items(Product product, LocalDate today) {
        if (product.nextLevel() == null) {
            return List.of();
        }
        return product.missingForNext().stream()
                .filter(key -> product.characteristic(key)
                        .map(e -> e.status() != Status.MISSING)
                        .orElse(true))
                .map(key -> new TodoItem(
                        TodoItem.Kind.NEXT_LEVEL,
                        product,
                        key,
                        product.characteristic(key).map(e -> e.label()).orElse(key),
                        "needed for " + product.nextLevel(),
                        null))
                .toList();
    }
}
