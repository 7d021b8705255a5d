package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaTest {

    private static Characteristic text(String key, String requiredFrom) {
        return new Characteristic(key, key, "", Shape.TEXT, List.of(), requiredFrom, null);
    }

    private final Schema schema = new Schema(
            List.of("a", "b", "c"),
            List.of(text("one", "a"), text("two", "b"), text("never", null), text("three", "c")),
            List.of(),
            Set.of("TODO", " N/A "),
            10);

    @Test
    void requiredAtIncludesLowerLevels() {
        assertEquals(
                List.of("one", "two"),
                schema.requiredAt("b").stream().map(Characteristic::key).toList());
    }

    @Test
    void unknownLevelRequiresNothing() {
        assertEquals(List.of(), schema.requiredAt("z"));
        assertEquals(-1, schema.levelIndex("z"));
    }

    @Test
    void placeholdersIgnoreCaseAndSpace() {
        assertTrue(schema.isPlaceholder("todo"));
        assertTrue(schema.isPlaceholder("n/a"));
        assertTrue(schema.isPlaceholder("   "));
        assertFalse(schema.isPlaceholder("TODO: write the roadmap"));
    }

    @Test
    void characteristicRequiredFromAnUnknownLevelIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Schema(List.of("a"), List.of(text("x", "b")), List.of(), Set.of(), 10));
    }

    @Test
    void schemaWithoutLevelsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Schema(List.of(), List.of(), List.of(), Set.of(), 10));
    }

    @Test
    void choiceWithoutValuesIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Characteristic("tier", "Tier", "", Shape.CHOICE, List.of(), null, null));
    }

    @Test
    void shapeYamlNamesRoundTrip() {
        for (Shape shape : Shape.values()) {
            assertEquals(shape, Shape.fromYamlName(shape.yamlName()).orElseThrow());
        }
        assertTrue(Shape.fromYamlName("TEXT").isEmpty());
    }
}
