package dev.handbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser looking at one served site: navigation, console log, resource timing and screenshots. */
final class BrowserSession {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String RESOURCE_URLS =
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; });";

    private static final String WIDEST = "var w = window.innerWidth, out = [];"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + " var r = e.getBoundingClientRect(); if (r.right > w + 0.5 && out.length < 8)"
            + " out.push(e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined"
            + " ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(r.right)); });"
            + "return out.join(', ');";

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    BrowserSession(ChromeDriver driver, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    ChromeDriver driver() {
        return driver;
    }

    String baseUrl() {
        return baseUrl;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /** Opens a site path (relative to the root, e.g. "products.html") with an empty console log. */
    void open(String path) {
        consoleErrors();
        driver.get(baseUrl + path);
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The SEVERE browser console entries since the last call (reading them empties the log). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every resource the current page has loaded, as the browser's resource timing lists them. */
    @SuppressWarnings("unchecked")
    List<String> resourceUrls() {
        return (List<String>) driver.executeScript(RESOURCE_URLS);
    }

    /** Sets the viewport's size in CSS pixels and the colour scheme ("light" or "dark") pages are shown in. */
    void emulate(int width, int height, String scheme) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The number a script returns. */
    long number(String script, Object... arguments) {
        return ((Number) driver.executeScript(script, arguments)).longValue();
    }

    /** The elements that reach past the window's right edge, the outermost first, as tag.class. */
    String widest() {
        return String.valueOf(driver.executeScript(WIDEST));
    }

    /** Saves what the browser shows now as {@code <name>.png} in the screenshot folder. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
