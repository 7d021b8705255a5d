package dev.handbook.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program the JVM does not bring (chromium and chromedriver, node). Under
 * {@code CI=true}, where .ci/run installs them, a missing one fails the test: a green CI build
 * must have run it. Elsewhere the test is skipped, and says so loudly on the console, so that
 * "Tests run: 0" is never the only trace of a test that did not run.
 */
public final class RequiredTool {

    private RequiredTool() {}

    /** @param what the tools and what runs without them, for the message */
    public static void require(boolean present, String what) {
        require(present, what, System.getenv("CI"), System.err);
    }

    static void require(boolean present, String what, String ci, java.io.PrintStream console) {
        if (present) {
            return;
        }
        String message = what + " not found";
        if ("true".equalsIgnoreCase(ci)) {
            Assertions.fail(message + ", and CI=true says every tool is there: install it (.ci/run does)");
        }
        console.println();
        console.println("*** SKIPPED: " + message + "; these tests did not run (CI=true makes this a failure) ***");
        console.println();
        Assumptions.abort(message);
    }
}
