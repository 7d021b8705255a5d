package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The repository's own handbook, baked, served on loopback and driven in headless Chromium:
 * the scripts work under the site's Content-Security-Policy, the console stays clean, and
 * nothing is loaded from anywhere but 127.0.0.1. Skipped where Chromium or chromedriver is missing.
 */
class BrowserTest {

    /** A word of Tidegauge's mission that no other product's mission holds. */
    static final String MISSION_WORD = "sits";

    static final String FILTER_LEVEL = "steady";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final By RESULT_TITLES = By.cssSelector("#search-results .search-title");
    static final Duration QUIET = Duration.ofMillis(300);
    static final Duration QUIET_LIMIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final ServedBrowser SERVED = new ServedBrowser(
            "the browser tests", SCREENSHOTS, () -> ServedBrowser.ownHandbookUnderTarget("browser-site-"));

    static BakedProducts baked;
    static LoopbackSiteServer server;
    static BrowserSession browser;

    /** One page of each kind, including the two whose scripts do work on load. */
    static List<String> pages() {
        return List.of(
                "index.html",
                "search.html?q=tide",
                "products.html",
                "dashboard.html",
                "matrix.html",
                "map.html",
                "products/tidegauge.html",
                "guides/maturity.html",
                "teams/sensor-hardware-team.html");
    }

    @BeforeAll
    static void readTheServedSite() {
        baked = BakedProducts.read(SERVED.site());
        server = SERVED.server();
        browser = SERVED.browser();
    }

    @Test
    void headerSearchListsTheProductWhoseMissionHoldsTheWord() {
        List<String> expected = baked.titlesWithMissionWord(MISSION_WORD);
        assertEquals(List.of("Tidegauge"), expected, "premise: only Tidegauge's mission says " + MISSION_WORD);
        browser.open("index.html");
        browser.find("header form.search input[type=search]").sendKeys(MISSION_WORD, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("search.html?q=" + MISSION_WORD));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(RESULT_TITLES));
        List<String> titles = browser.driver().findElements(RESULT_TITLES).stream()
                .map(WebElement::getText)
                .toList();
        browser.screenshot("search-" + MISSION_WORD);
        assertTrue(titles.containsAll(expected), titles.toString());
        assertEquals(List.of(), pageErrors());
    }

    @Test
    void maturityFilterShowsOnlyTheProductsAtThatLevel() {
        long expected = baked.countAt(FILTER_LEVEL);
        assertTrue(expected > 0 && expected < baked.products().size(), "premise: the filter hides some rows");
        browser.open("products.html");
        new Select(browser.find(".table-filters select[data-filter=maturity]")).selectByValue(FILTER_LEVEL);
        String count = expected + " of " + baked.products().size() + " products";
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".table-count"), count));
        List<WebElement> visible = visibleRows();
        browser.screenshot("products-filtered-" + FILTER_LEVEL);
        assertEquals(expected, visible.size());
        visible.forEach(row -> assertEquals(FILTER_LEVEL, row.getDomAttribute("data-maturity")));
        assertEquals(List.of(), pageErrors());
    }

    @Test
    void clickingTheMaturityHeaderSortsRowsByLevel() {
        browser.open("products.html");
        WebElement header = browser.find("table.products th[data-sort=level]");
        assertEquals("Maturity", header.getText());
        header.click();
        browser.waiting().until(ExpectedConditions.attributeToBe(header, "aria-sort", "ascending"));
        List<String> order = visibleRows().stream()
                .map(row -> row.getDomAttribute("data-maturity"))
                .toList();
        browser.screenshot("products-sorted-by-maturity");
        assertEquals(baked.maturitiesByLevel(), order);
        assertEquals(List.of(), pageErrors());
    }

    @Test
    void dashboardDrawsAVisibleBarPerMaturityLevel() {
        browser.open("dashboard.html");
        WebElement chart = browser.find(".charts svg.bar-chart");
        browser.screenshot("dashboard");
        assertEquals("Products per maturity level", textOf(chart, "title"));
        assertTrue(chart.isDisplayed(), "level chart displayed");
        List<WebElement> bars = chart.findElements(By.cssSelector("g.bar"));
        assertEquals(
                baked.levels(),
                bars.stream().map(bar -> textOf(bar, "text.bar-label")).toList());
        assertEquals(
                baked.levels().stream()
                        .map(level -> String.valueOf(baked.countAt(level)))
                        .toList(),
                bars.stream().map(bar -> textOf(bar, "text.bar-value")).toList());
        for (String level : baked.levels()) {
            WebElement fill = chart.findElement(By.cssSelector("rect.bar-fill.maturity-" + level));
            assertTrue(fill.isDisplayed() && fill.getRect().getWidth() > 0, level + " bar drawn");
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageLoadsWithoutConsoleErrors(String page) {
        browser.open(page);
        server.awaitQuiet(QUIET, QUIET_LIMIT);
        browser.screenshot(page);
        assertEquals(List.of(), pageErrors(), page);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageLoadsEveryResourceFromTheLoopbackServer(String page) {
        browser.open(page);
        server.awaitQuiet(QUIET, QUIET_LIMIT);
        List<String> requested =
                server.requests().stream().map(LoopbackSiteServer.Request::path).toList();
        List<String> resources = browser.resourceUrls();
        assertTrue(!resources.isEmpty(), page + " loads its stylesheet and scripts");
        for (String url : resources) {
            assertTrue(url.startsWith(browser.baseUrl()), page + " loaded " + url);
            assertTrue(requested.contains(URI.create(url).getPath()), page + ": the test server never saw " + url);
        }
    }

    @Test
    void serverServesTheStylesheetAndScriptsThePagesNeed() {
        browser.open("products.html");
        browser.open("search.html?q=tide");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(RESULT_TITLES));
        List<String> served = server.servedPaths();
        for (String asset :
                List.of("/assets/handbook.css", "/assets/search.js", "/assets/table.js", "/assets/search-index.js")) {
            assertTrue(served.contains(asset), asset + " in " + served);
        }
    }

    @Test
    void firstVisitInAFreshBrowserLogsNoConsoleErrors(@TempDir Path temp) throws IOException {
        ChromeDriver fresh = HeadlessChromium.start(Files.createTempDirectory(temp, "fresh-profile"));
        try {
            BrowserSession first = new BrowserSession(fresh, server.baseUrl(), SCREENSHOTS);
            first.open("index.html");
            server.awaitQuiet(QUIET, QUIET_LIMIT);
            assertEquals(List.of(), first.consoleErrors());
        } finally {
            fresh.quit();
        }
    }

    /** The SEVERE console entries since the last look. */
    private static List<String> pageErrors() {
        return browser.consoleErrors();
    }

    private static List<WebElement> visibleRows() {
        return browser.findAll("table.products tbody tr").stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private static String textOf(WebElement parent, String css) {
        return parent.findElement(By.cssSelector(css)).getDomProperty("textContent");
    }
}
