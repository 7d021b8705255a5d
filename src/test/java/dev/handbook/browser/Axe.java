package dev.handbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility engine, as npm installs it under target/npm during the build
 * (pom.xml, execution install-axe-core): injected into the page under test and run on all of
 * its rules for WCAG 2.x A and AA and best practice.
 */
final class Axe {

    static final Path SOURCE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");

    /** Runs axe and returns one line per violating node: rule, impact, target and what is wrong. */
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + " var out = []; r.violations.forEach(function (v) { v.nodes.forEach(function (n) {"
            + "  out.push(v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ': '"
            + "   + (n.failureSummary || v.help).replace(/\\s+/g, ' ')); }); });"
            + " done(out); }).catch(function (e) { done(['axe failed: ' + e]); });";

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    static boolean isInstalled() {
        return Files.isRegularFile(SOURCE);
    }

    static Axe load() {
        try {
            return new Axe(Files.readString(SOURCE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations axe finds in the page the driver shows now. */
    @SuppressWarnings("unchecked")
    List<String> violations(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(source);
        return (List<String>) driver.executeAsyncScript(RUN);
    }
}
