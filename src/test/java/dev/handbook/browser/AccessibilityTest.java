package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.RequiredTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every kind of page of the repository's own handbook, at a desktop and a phone width, in light
 * and dark mode, audited by axe-core in headless Chromium: no violation, and at phone width no
 * page wider than the screen. A screenshot of each is left under target/screenshots (or the
 * folder {@code -Dhandbook.screenshots} names). Skipped where Chromium or axe-core is missing.
 */
class AccessibilityTest {

    static final Path SCREENSHOTS = Path.of(System.getProperty("handbook.screenshots", "target/screenshots"));
    /** Which screenshots to write, by name (e.g. {@code 390-dark-matrix.html}); all by default. */
    static final java.util.regex.Pattern SCREENSHOTS_ONLY =
            java.util.regex.Pattern.compile(System.getProperty("handbook.screenshots.only", ".*"));

    @RegisterExtension
    static final ServedBrowser SERVED =
            new ServedBrowser("the accessibility audit", SCREENSHOTS, AccessibilityTest::bakedSite);

    static Path site;
    static LoopbackSiteServer server;
    static BrowserSession browser;
    static Axe axe;

    static Stream<Arguments> views() {
        List<Arguments> views = new ArrayList<>();
        for (Viewport viewport : Viewport.values()) {
            for (String scheme : List.of("light", "dark")) {
                for (String page : pages()) {
                    views.add(Arguments.of(page, viewport, scheme));
                }
            }
        }
        return views.stream();
    }

    /** One page of every kind; a product page at each maturity level. */
    static List<String> pages() {
        BakedProducts baked = BakedProducts.read(bakedSite());
        List<String> pages = new ArrayList<>(List.of(
                "index.html",
                "guides/index.html",
                "guides/maturity.html",
                "products.html",
                "dashboard.html",
                "matrix.html",
                "map.html",
                "search.html?q=tide",
                "teams/sensor-hardware-team.html",
                "products/tidegauge.html"));
        for (String level : baked.levels()) {
            baked.products().stream()
                    .filter(p -> p.maturity().equals(level))
                    .findFirst()
                    .map(p -> "products/" + p.slug() + ".html")
                    .filter(p -> !pages.contains(p))
                    .ifPresent(pages::add);
        }
        if (Files.exists(bakedSite().resolve("404.html"))) {
            pages.add("404.html");
        }
        if (Files.exists(bakedSite().resolve("campaigns/short-missions.html"))) {
            pages.add("campaigns/short-missions.html");
        }
        if (Files.exists(bakedSite().resolve("tags/index.html"))) {
            pages.add("tags/index.html");
            pages.add("tags/sensors.html");
        }
        return pages;
    }

    /** The site, baked once for the class (the argument source runs before {@code @BeforeAll}). */
    static synchronized Path bakedSite() {
        if (site == null) {
            site = ServedBrowser.ownHandbookUnderTarget("a11y-site-");
        }
        return site;
    }

    @BeforeAll
    static void loadAxe() {
        RequiredTool.require(Axe.isInstalled(), Axe.SOURCE + " (mvn generate-test-resources installs it)");
        axe = Axe.load();
        server = SERVED.server();
        browser = SERVED.browser();
    }

    @ParameterizedTest(name = "{0} at {1}, {2}")
    @MethodSource("views")
    void pageHasNoAccessibilityViolation(String page, Viewport viewport, String scheme) {
        browser.emulate(viewport.width(), viewport.height(), scheme);
        browser.open(page);
        server.awaitQuiet(BrowserTest.QUIET, BrowserTest.QUIET_LIMIT);
        String name = viewport.width() + "-" + scheme + "-" + page.replace('/', '-');
        if (SCREENSHOTS_ONLY.matcher(name).matches()) {
            browser.screenshot(name);
        }
        assertEquals(List.of(), axe.violations(browser.driver()), page);
        if (viewport == Viewport.PHONE) {
            long scrollWidth = browser.number("return document.documentElement.scrollWidth");
            long innerWidth = browser.number("return window.innerWidth");
            assertTrue(
                    scrollWidth <= innerWidth,
                    page + " is " + scrollWidth + " px wide in a " + innerWidth + " px window: " + browser.widest());
        }
        assertEquals(List.of(), browser.consoleErrors(), page);
    }

    @Test
    void firstTabStopIsTheSkipLinkWithAVisibleFocusRingAndItLeadsToTheContent() {
        browser.emulate(Viewport.DESKTOP.width(), Viewport.DESKTOP.height(), "light");
        browser.open("guides/maturity.html");
        browser.find("body").sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        assertTrue(focused.isDisplayed(), "the skip link shows when focused");
        assertEquals("solid", focused.getCssValue("outline-style"));
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getDomAttribute("id"));
    }

    @Test
    void phoneFoldsTheMenuAndSidebarAndDesktopShowsThem() {
        browser.emulate(Viewport.PHONE.width(), Viewport.PHONE.height(), "light");
        browser.open("guides/maturity.html");
        assertTrue(!shown(".site-nav a") && !shown(".sidebar li li a"), "folded on a phone");
        long contentTop =
                browser.number("return Math.round(document.querySelector('main h1').getBoundingClientRect().top)");
        assertTrue(contentTop < 250, "the title starts at " + contentTop + " px");
        browser.find(".menu > summary").click();
        assertTrue(shown(".site-nav a"), "the menu unfolds");
        browser.emulate(Viewport.DESKTOP.width(), Viewport.DESKTOP.height(), "light");
        browser.open("guides/maturity.html");
        assertTrue(shown(".site-nav a") && shown(".sidebar li li a"), "open on a wide screen");
        assertTrue(!shown(".menu > summary"), "no fold toggle on a wide screen");
    }

    @Test
    void themeToggleCyclesAutoLightDarkAndTheChoiceOutlivesThePage() {
        browser.emulate(Viewport.DESKTOP.width(), Viewport.DESKTOP.height(), "light");
        browser.open("index.html");
        WebElement toggle = browser.find(".theme-toggle");
        String lightPaper = browser.find("body").getCssValue("background-color");
        assertEquals("Theme: auto", toggle.getText());
        toggle.click();
        assertEquals("Theme: light", toggle.getText());
        toggle.click();
        assertEquals("Theme: dark", toggle.getText());
        assertEquals("dark", browser.find("html").getDomAttribute("data-theme"));
        browser.open("products.html");
        assertEquals("dark", browser.find("html").getDomAttribute("data-theme"));
        String darkPaper = browser.find("body").getCssValue("background-color");
        assertTrue(!darkPaper.equals(lightPaper), lightPaper + " vs " + darkPaper);
        browser.find(".theme-toggle").click();
        assertEquals(null, browser.find("html").getDomAttribute("data-theme"));
        assertEquals(lightPaper, browser.find("body").getCssValue("background-color"));
    }

    @Test
    void matrixFiltersToProductsThatNeedWorkWithoutScriptAndKeepsItsProductColumnInView() {
        browser.emulate(Viewport.PHONE.width(), Viewport.PHONE.height(), "light");
        browser.open("matrix.html");
        long all = count("table.matrix tbody tr");
        assertTrue(count("tr.in-order") > 0 && count("tr.needs-work") > 0, "premise: both kinds of row");
        assertEquals(all, shownCount("table.matrix tbody tr"));
        String left = "return Math.round(document.querySelector('tbody .product-col').getBoundingClientRect().left)";
        long before = browser.number(left);
        browser.driver().executeScript("document.querySelector('.matrix-scroll').scrollLeft = 400");
        assertEquals(before, browser.number(left), "the product column stays where it was");
        browser.find(".matrix-filter a.filter-on").click();
        assertEquals(count("tr.needs-work"), shownCount("table.matrix tbody tr"));
        browser.find(".matrix-filter a.filter-off").click();
        assertEquals(all, shownCount("table.matrix tbody tr"));
    }

    @Test
    void codeThatNamesItsLanguageIsHighlightedByTheSitesOwnScript() {
        browser.emulate(Viewport.DESKTOP.width(), Viewport.DESKTOP.height(), "light");
        browser.open("products/tidegauge.html");
        browser.waiting()
                .until(d ->
                        !browser.findAll("pre code.language-json .hljs-attr").isEmpty());
        assertTrue(browser.resourceUrls().contains(browser.baseUrl() + "assets/highlight.min.js"));
        browser.open("dashboard.html");
        assertTrue(browser.findAll("script[src$='highlight.min.js']").isEmpty(), "pages without code do not load it");
    }

    private static long count(String css) {
        return browser.findAll(css).size();
    }

    private static long shownCount(String css) {
        return browser.number(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".filter(function (e) { return e.getClientRects().length > 0; }).length",
                css);
    }

    /** Whether the browser draws the first element the selector finds (Selenium's own test calls anything in a closed details hidden). */
    private static boolean shown(String css) {
        return (Boolean) browser.driver()
                .executeScript(
                        "var e = document.querySelector(arguments[0]);"
                                + " var r = e.getBoundingClientRect(); return e.checkVisibility() && r.width > 0 && r.height > 0;",
                        css);
    }

    /** The two widths every page is looked at. */
    enum Viewport {
        DESKTOP(1366, 900),
        PHONE(390, 844);

        private final int width;
        private final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        @Override
        public String toString() {
            return width + " px";
        }
    }
}
