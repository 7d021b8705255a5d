package dev.handbook.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {

    @Test
    void aMissingToolFailsUnderCiAndSkipsElsewhere() {
        assertDoesNotThrow(() -> RequiredTool.require(true, "node", "true"));
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> RequiredTool.require(false, "node", "true"));
        assertEquals("node not found, and CI=true says every tool is there: install it (.ci/run does)", failed.getMessage());
        assertThrows(TestAbortedException.class, () -> RequiredTool.require(false, "node", null));
        assertThrows(TestAbortedException.class, () -> RequiredTool.require(false, "node", "false"));
    }
}
