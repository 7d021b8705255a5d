package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The schema shipped in the jar is DOMAIN.md's product model, table for table. */
class DefaultSchemaTest {

    /** DOMAIN.md, "Characteristics": key and "expected from", in table order; alignment comes with its note. */
    private static final Map<String, String> DOMAIN_TABLE = table(
            "mission", "idea",
            "owner", "idea",
            "alignment", "idea",
            "alignment_note", "idea",
            "does_not", "prototype",
            "interfaces", "prototype",
            "loop", "loop",
            "roadmap", "loop",
            "docs", "steady",
            "brand", "steady",
            "community", "steady");

    private final Schema schema = SiteConfigLoader.defaultSchema();

    private static Map<String, String> table(String... keysAndLevels) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLevels.length; i += 2) {
            table.put(keysAndLevels[i], keysAndLevels[i + 1]);
        }
        return table;
    }

    @Test
    void levelsAreDomainLevelsInOrder() {
        assertEquals(List.of("idea", "prototype", "loop", "steady"), schema.levels());
    }

    @Test
    void characteristicsAndRequiredFromMatchTheDomainTable() {
        Map<String, String> actual = schema.characteristics().stream()
                .collect(Collectors.toMap(
                        Characteristic::key, Characteristic::requiredFrom, (a, b) -> a, LinkedHashMap::new));

        assertEquals(DOMAIN_TABLE, actual);
        assertEquals(List.copyOf(DOMAIN_TABLE.keySet()), schema.characteristicKeys());
    }

    @Test
    void alignmentIsDirectOrIndirect() {
        Characteristic alignment = schema.characteristic("alignment").orElseThrow();

        assertEquals(Shape.CHOICE, alignment.shape());
        assertEquals(List.of("direct", "indirect"), alignment.values());
    }

    @Test
    void shapesFollowTheModel() {
        assertEquals(
                List.of(
                        Shape.TEXT,
                        Shape.TEXT,
                        Shape.CHOICE,
                        Shape.TEXT,
                        Shape.LIST,
                        Shape.INTERFACES,
                        Shape.TEXT,
                        Shape.TEXT,
                        Shape.TEXT,
                        Shape.BRAND,
                        Shape.TEXT),
                schema.characteristics().stream().map(Characteristic::shape).toList());
    }

    @Test
    void everyCharacteristicHasALabelAndAnExplanation() {
        assertTrue(schema.characteristics().stream()
                .noneMatch(c -> c.label().isBlank() || c.explanation().isBlank()));
    }

    @Test
    void nothingIsEnforcedLater() {
        assertTrue(schema.characteristics().stream().allMatch(c -> c.enforcedFrom() == null));
    }

    @Test
    void expectationsAccumulateUpTheLadder() {
        assertEquals(
                List.of(4, 6, 8, 11),
                schema.levels().stream().map(l -> schema.requiredAt(l).size()).toList());
    }

    @Test
    void greenfieldStagesInOrder() {
        assertEquals(
                List.of("need", "ideation", "prototyping", "loop", "steady"),
                schema.origin("greenfield").orElseThrow().stageNames());
    }

    @Test
    void brownfieldStagesInOrder() {
        assertEquals(
                List.of("isolate", "extract", "repair", "custodian"),
                schema.origin("brownfield").orElseThrow().stageNames());
    }

    @Test
    void onlyTheTwoDomainOrigins() {
        assertEquals(List.of("greenfield", "brownfield"), schema.originNames());
    }

    @Test
    void everyStageNamesKnownLevels() {
        assertTrue(schema.origins().stream()
                .flatMap(o -> o.stages().stream())
                .flatMap(s -> s.levels().stream())
                .allMatch(schema.levels()::contains));
    }

    @Test
    void todoAndTbdArePlaceholders() {
        assertTrue(schema.isPlaceholder("TODO"));
        assertTrue(schema.isPlaceholder(" tbd "));
        assertTrue(schema.isPlaceholder(""));
    }
}
