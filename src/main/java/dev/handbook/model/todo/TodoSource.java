package dev.handbook.model.todo;

import dev.handbook.model.Product;
import java.time.LocalDate;
import java.util.List;

/** One source of to-do items: what it asks of one product on a given day. */
public interface TodoSource {

    List<TodoItem> items(Product product, LocalDate today);
}
