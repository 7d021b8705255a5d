package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TitleOrderTest {

    private record Item(String title, String slug) {}

    private static final Function<Item, String> TITLE = Item::title;
    private static final Function<Item, String> SLUG = Item::slug;

    @Property(tries = 300)
    void ordersExactlyAsTheCaseInsensitiveComparator(@ForAll("items") List<Item> items) {
        assertEquals(TitleOrder.comparatorSort(items, TITLE, SLUG), TitleOrder.sort(items, TITLE, SLUG));
    }

    @Provide
    Arbitrary<List<Item>> items() {
        // letters whose cases do not map one to one (dotted and dotless i, final sigma, sharp s,
        // y with diaeresis, micro sign) next to plain ones, so many titles differ only by case
        Arbitrary<String> text =
                Arbitraries.strings().withChars("aAbBiIİıσςΣßẞÿŸµΜ Zz-09éÉ").ofMaxLength(6);
        Arbitrary<Item> item = net.jqwik.api.Combinators.combine(
                        text, Arbitraries.strings().withChars("ab").ofMaxLength(2))
                .as(Item::new);
        return item.list().ofMaxSize(40);
    }

    @Test
    void titlesWithCharactersBeyondTheBasicPlaneStillSortLikeTheComparator() {
        List<Item> items = List.of(
                new Item("\uD801\uDC00 upper deseret", "b"),
                new Item("\uD801\uDC28 lower deseret", "a"),
                new Item("Zebra", "z"),
                new Item("apple", "x"));
        assertEquals(TitleOrder.comparatorSort(items, TITLE, SLUG), TitleOrder.sort(items, TITLE, SLUG));
    }

    @Test
    void equalTitlesFallBackToTheTieBreaker() {
        List<Item> items = List.of(new Item("Alpha", "b"), new Item("ALPHA", "a"), new Item("beta", "c"));
        assertEquals(List.of(items.get(1), items.get(0), items.get(2)), TitleOrder.sort(items, TITLE, SLUG));
    }
}
