package dev.handbook.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void eachWitherChangesOnlyItsOwnField() {
        RunOptions options = RunOptions.of(Path.of("hb"), DAY)
                .withOutput(Path.of("out"))
                .withStrict(true)
                .withPreview(true);
        assertEquals(new RunOptions(Path.of("hb"), Path.of("out"), DAY, true, true), options);
        assertEquals(new RunOptions(Path.of("hb"), Path.of("out"), DAY, false, true), options.withStrict(false));
        assertEquals(new RunOptions(Path.of("hb"), null, DAY, false, false), RunOptions.of(Path.of("hb"), DAY));
    }

    @Test
    void aSourceAndADayAreRequired() {
        assertThrows(NullPointerException.class, () -> RunOptions.of(null, DAY));
        assertThrows(NullPointerException.class, () -> RunOptions.of(Path.of("hb"), null));
    }
}
