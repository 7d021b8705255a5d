package dev.handbook.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {

    @Test
    void aMissingToolFailsUnderCiAndSkipsElsewhere() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        assertDoesNotThrow(() -> RequiredTool.require(true, "node", "true", out));
        AssertionFailedError failed =
                assertThrows(AssertionFailedError.class, () -> RequiredTool.require(false, "node", "true", out));
        assertEquals(
                "node not found, and CI=true says every tool is there: install it (.ci/run does)", failed.getMessage());
        assertEquals("", console.toString(StandardCharsets.UTF_8));
        assertThrows(TestAbortedException.class, () -> RequiredTool.require(false, "node", null, out));
        assertEquals(
                "\n*** SKIPPED: node not found; these tests did not run (CI=true makes this a failure) ***\n\n",
                console.toString(StandardCharsets.UTF_8));
        assertThrows(TestAbortedException.class, () -> RequiredTool.require(false, "node", "false", out));
    }
}
