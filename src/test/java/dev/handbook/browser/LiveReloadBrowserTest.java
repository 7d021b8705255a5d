package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.serve.LivePreview;
import dev.handbook.testing.RequiredTool;
import dev.handbook.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in a real browser: the page's own script opens the event stream through every
 * check the preview server makes of a request (its name, where it comes from, its method), and
 * a saved change reloads the page by itself.
 */
class LiveReloadBrowserTest {

    @TempDir
    Path temp;

    private static boolean reloadedWithin(BrowserSession browser, Duration time) {
        try {
            new WebDriverWait(browser.driver(), time)
                    .until(
                            d -> Boolean.TRUE.equals(
                                    ((JavascriptExecutor) d)
                                            .executeScript(
                                                    "return window.beforeTheSave === undefined && document.readyState === 'complete';")));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    @Test
    void aSavedChangeReloadsTheOpenPage() throws Exception {
        RequiredTool.require(
                HeadlessChromium.isInstalled(),
                HeadlessChromium.BROWSER + " and " + HeadlessChromium.DRIVER + " (the live-reload browser test)");
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("handbook"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LivePreview preview = new LivePreview(
                source,
                "127.0.0.1",
                0,
                LocalDate.of(2026, 11, 21),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            Thread loop = new Thread(preview::run, "preview-loop");
            loop.start();
            BrowserSession browser = new BrowserSession(
                    HeadlessChromium.start(Files.createDirectory(temp.resolve("profile"))),
                    preview.address().replace("127.0.0.1", "localhost"),
                    BrowserTest.SCREENSHOTS);
            try {
                browser.open("products/beacon.html");
                assertEquals("Beacon", browser.find("main h1").getText());
                JavascriptExecutor page = browser.driver();
                page.executeScript("window.beforeTheSave = true;");
                // the page's event stream opens once its script runs: a save before that is not heard, so save again
                Path beacon = source.resolve("content/products/beacon.md");
                String text = Files.readString(beacon);
                boolean reloaded = false;
                for (int save = 1; save <= 6 && !reloaded; save++) {
                    Files.writeString(beacon, text.replace("title: Beacon", "title: Harbour Beacon " + save));
                    reloaded = reloadedWithin(browser, Duration.ofSeconds(4));
                }
                assertTrue(reloaded, log.toString(StandardCharsets.UTF_8));
                assertTrue(browser.find("main h1").getText().startsWith("Harbour Beacon"));
                assertEquals(List.of(), browser.consoleErrors(), log.toString(StandardCharsets.UTF_8));
            } finally {
                browser.driver().quit();
                loop.interrupt();
            }
        }
    }
}
