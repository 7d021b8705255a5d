package dev.handbook.model.todo;

import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "What this team does next": the items of every source for a set of products, in one order
 * ({@link TodoItem#ORDER}), each characteristic of a product once. A new kind of item is one more
 * {@link TodoSource}.
 */
public final class TodoList {

    private final List<TodoSource> sources;
    private final LocalDate today;

    public TodoList(List<TodoSource> sources, LocalDate today) {
        this.sources = List.copyOf(sources);
        this.today = today;
    }

    /** The sources every handbook has: errors, waivers ending soon, its campaigns, next-level needs. */
    public static TodoList standard(Handbook handbook) {
        return new TodoList(
                List.of(
                        new MissingCharacteristics(),
                        new EndingWaivers(),
                        new CampaignItems(handbook.campaigns()),
                        new NextLevelNeeds()),
                handbook.today());
    }

    public List<TodoItem> of(List<Product> products) {
        List<TodoItem> items = new ArrayList<>();
        for (Product product : products) {
            for (TodoSource source : sources) {
                items.addAll(source.items(product, today));
            }
        }
        items.sort(TodoItem.ORDER);
        // a characteristic a product is asked for twice (by a campaign and by its next level) is one item, the first
        java.util.Set<String> seen = new java.util.HashSet<>();
        return items.stream()
                .filter(item -> seen.add(item.product().slug() + "\u0000" + item.characteristic()))
                .toList();
    }
}
