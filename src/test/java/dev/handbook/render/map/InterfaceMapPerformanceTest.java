package dev.handbook.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A guard against quadratic blow-ups on a large handbook, not a benchmark. */
class InterfaceMapPerformanceTest {

    @Test
    void laysOutTenThousandNodesAndTwentyThousandEdgesQuickly() {
        InterfaceMap map =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MapFixtures.randomMap(10_000, 20_000, 1));

        assertEquals(10_000, map.layout().size());
    }

    @Test
    void writesEveryFormatOfTheLargeMapQuickly() {
        InterfaceMap map = MapFixtures.randomMap(10_000, 20_000, 2);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            map.svg();
            map.dot();
            map.json();
        });
    }

    @Test
    void drawsAThousandNeighbourhoodsOfTheLargeMapQuickly() {
        // depth 1, as product pages draw them: ELK lays out each distinct shape once
        InterfaceMap map = MapFixtures.randomMap(10_000, 20_000, 3);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < map.nodes().size(); i += 10) {
                map.neighbourhood(map.nodes().get(i).id(), 1).svg();
            }
        });
    }
}
