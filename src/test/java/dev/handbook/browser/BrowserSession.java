package dev.handbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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
