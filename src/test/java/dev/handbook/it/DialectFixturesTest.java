package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A docs folder of each dialect (handbooks/dialect-*), written in that generator's documented
 * syntax, checks clean and bakes to pages that show what the generator shows; the same folder
 * with planted defects (handbooks/dialect-*-defects laid over it) gives exactly those findings.
 */
class DialectFixturesTest {

    /** What a page must never show as text (outside code): the dialects' syntax. */
    private static final List<String> SOURCE_TEXT = List.of(
            ":::",
            "!!!",
            "???",
            "{#",
            "{ #",
            "{%",
            "[!",
            "===",
            "import ",
            "export ",
            "<Tabs",
            "<TabItem",
            "</",
            "{/*",
            "{'");

    /** Links the Docusaurus fixture makes to the site around its docs (a blog, an older version), left as written. */
    private static final List<String> ELSEWHERE = List.of(
            "guides/setup-checklist.html: /blog/2026/11/02/harbour-2 (no such file)",
            "guides/setup-checklist.html: /docs/1.x/guides/setup-checklist (no such file)");

    @TempDir
    Path temp;

    @Test
    void docusaurusChecksCleanAndShowsAdmonitionsTabsAndIds() {
        Path site = bake("dialect-docusaurus", "0 errors, 0 warnings in 0 of 8 pages");
        Document intro = SiteLinks.parse(site.resolve("guides/intro.html"));
        assertEquals(
                "Welcome aboard", intro.selectFirst("main h1#welcome-aboard").text());
        assertEquals(
                List.of(
                        "note: Note",
                        "tip: Read the gauge first",
                        "warning: Legacy title",
                        "info: Nested callouts",
                        "danger: Danger"),
                callouts(intro));
        assertEquals(
                "Never open the housing while it is raining.",
                intro.selectFirst("aside.callout-info > aside.callout-danger > p:not(.callout-title)")
                        .text());
        assertEquals(
                "gauge",
                intro.selectFirst("aside.callout-tip > .callout-title strong").text());
        assertEquals("Ejecting the sensor", intro.selectFirst("h2#ejecting").ownText());
        assertNotNull(intro.selectFirst("a[href=install.html#with-npm]"));

        Document install = SiteLinks.parse(site.resolve("guides/install.html"));
        assertEquals(
                List.of("npm", "Yarn"),
                install.select(".tabs > details.tab[open] > summary").eachText());
        Element npm = install.selectFirst(".tabs > details.tab");
        assertEquals(
                "terminal", npm.selectFirst("figure.code-block > figcaption").text());
        assertEquals(
                "npm install harbour-cli",
                npm.selectFirst("figure.code-block pre > code.language-bash").text());
        assertEquals(
                "Run yarn add harbour-cli instead.",
                install.select(".tabs > details.tab").get(1).selectFirst("p").text());
        assertEquals(List.of("caution: Old nodes"), callouts(install));
        assertEquals(
                "Why a command line tool?",
                install.selectFirst("main details:not(.tab) > summary").text());
        assertEquals(
                "harbour.config.js",
                install.select("figure.code-block > figcaption").get(1).text());
        assertEquals(
                "Install the tools once per laptop.",
                install.selectFirst("article > p").text());
        assertShowsNoSource(site);
        assertLinksResolvedAsDocusaurusDoes(site, intro);
    }

    /** Folder, extensionless, slug, docs-root, root-absolute and raw HTML links all reach their page or file. */
    private static void assertLinksResolvedAsDocusaurusDoes(Path site, Document intro) {
        assertEquals(
                List.of("../team/index.html", "install.html#with-npm", "setup-checklist.html", "install.html"),
                intro.select("h2#finding-your-way + p a").eachAttr("href"));
        assertEquals(
                "The harbour team",
                SiteLinks.parse(site.resolve("team/index.html"))
                        .selectFirst("main h1")
                        .text());
        assertEquals(
                "../img/gauge.svg", intro.selectFirst("main img[alt=The gauge]").attr("src"));
        assertTrue(Files.isRegularFile(site.resolve("img/gauge.svg")));
        assertEquals(
                "install.html#with-npm",
                intro.selectFirst("main p a:contains(the install page)").attr("href"));
        assertFalse(Files.exists(site.resolve("guides/_steps.html")));
        assertFalse(Files.exists(site.resolve("guides/_steps.mdx")));
        assertEquals("", intro.selectFirst("main a[href=../team/index.html]").attr("rel"));
        assertEquals(
                List.of("/blog/2026/11/02/harbour-2", "/docs/1.x/guides/setup-checklist"),
                SiteLinks.parse(site.resolve("guides/setup-checklist.html"))
                        .select("article p a")
                        .eachAttr("href"));
    }

    @Test
    void docusaurusDefectsAreFoundAtTheirLines() {
        assertEquals(
                List.of(
                        "content/guides/defects.mdx:5:1: warning: `tipp` is not a callout type (did you mean `tip`?); it is "
                                + "shown as a note. Types: note, abstract, info, tip, important, success, question, warning, "
                                + "caution, failure, danger, bug, example, quote [unknown-callout]",
                        "content/guides/defects.mdx:9:5: error: `intro.md#ejecting-the-sensor`: `guides/intro.md` has no anchor "
                                + "`#ejecting-the-sensor`; its anchors are #welcome-aboard, #ejecting, #finding-your-way [broken-link]",
                        "content/guides/defects.mdx:11:1: warning: `<TideChart />` is a component handbook cannot show; it is "
                                + "left out [unknown-component]",
                        "content/guides/defects.mdx:13:6: error: `_steps.mdx` points at page `guides/_steps.mdx`, which is a "
                                + "partial (its name or folder starts with `_`) and not published as a page; link to the page "
                                + "that includes it [broken-link]",
                        "content/guides/defects.mdx:13:33: error: `instal#with-npm` points at `guides/instal`, which does not "
                                + "exist under the content folder [broken-link]",
                        "content/guides/defects.mdx:13:74: error: `/img/lost.svg` points at `img/lost.svg`, which does not exist "
                                + "under the content folder or in the folder published at the site root [broken-link]",
                        "content/tools/_category_.json:3:3: error: `positon` is not a key of a Docusaurus category file (did "
                                + "you mean `position`?); known keys: label, position, collapsed, collapsible, className, "
                                + "customProps, link, description, key [unknown-key]",
                        "content/tools/_category_.json:4:16: error: `collapsed` must be true or false [invalid-value]",
                        "content/tools/_category_.json:5:33: error: no page has the doc id `tools/missing`; a page's id is its "
                                + "path from the content folder without the extension, or its folder and its `id:` [broken-link]",
                        "content/tools/levels.md:3:24: error: `toc_min_heading_level` (4) must not be above "
                                + "`toc_max_heading_level` (3) [invalid-value]",
                        "content/tools/levels.md:5:18: error: `pagination_next: reference/nowhere` names no page; a page's doc "
                                + "id is its path from the content folder without the extension, or its folder and its `id:` "
                                + "[broken-link]",
                        "9 errors, 2 warnings in 2 of 10 pages"),
                checkWithDefects("dialect-docusaurus", 1));
    }

    @Test
    void docusaurusCategoriesAndFrontMatterShapeTheSidebarAndThePages() {
        Path site = bake("dialect-docusaurus", "0 errors, 0 warnings in 0 of 8 pages");
        assertFalse(Files.exists(site.resolve("guides/_category_.json")));
        assertFalse(Files.exists(site.resolve("reference/_category_.yml")));

        Document install = SiteLinks.parse(site.resolve("guides/install.html"));
        // _category_.json names the folder and links it to intro; only the page's own group lists its pages
        assertEquals(
                List.of("Getting started", "Reference", "The harbour team"),
                install.select("nav.sidebar .section-title").eachText());
        assertEquals(
                "intro.html",
                install.selectFirst("nav.sidebar li.section > a.section-title").attr("href"));
        assertEquals(
                List.of("Install the tools", "Setup checklist"),
                install.select("nav.sidebar li.current-section > ul a").eachText());
        Element reference = install.select("nav.sidebar li.section").get(1);
        assertTrue(reference.select("ul").isEmpty(), reference.outerHtml());
        assertEquals("../cli.html", reference.selectFirst("a.section-title").attr("href"));
        assertEquals(
                "Welcome aboard",
                install.selectFirst("a.previous")
                        .ownText()
                        .replace("\u2190", "")
                        .strip());
        assertEquals("setup-checklist.html", install.selectFirst("a.next").attr("href"));

        // slug: /cli publishes it at the root; hide_title, hide_table_of_contents, pagination_next: null
        Document cli = SiteLinks.parse(site.resolve("cli.html"));
        assertTrue(cli.select("main h1").isEmpty());
        assertEquals("reference/gauge.svg", cli.selectFirst("main img").attr("src"));
        assertEquals("The harbour command \u00b7 Harbour docs (Docusaurus)", cli.title());
        assertNull(cli.selectFirst("nav.toc"));
        assertNull(cli.selectFirst("a.next"));
        assertEquals(
                "guides/setup-checklist.html", cli.selectFirst("a.previous").attr("href"));
        // a group lists its pages on its own pages
        assertEquals(
                "Reference",
                cli.selectFirst("nav.sidebar li.current-section > .section-title")
                        .text());
        assertEquals(
                List.of("The harbour command", "All options", "Glossary"),
                cli.select("nav.sidebar li.current-section > ul a").eachText());
        assertNotNull(cli.selectFirst("nav.sidebar li.current-section > ul a[aria-current=page][href=cli.html]"));

        Document options = SiteLinks.parse(site.resolve("reference/options.html"));
        assertEquals(
                List.of("Station", "Station name", "Allowed characters"),
                options.select("nav.toc a").eachText());
        assertEquals(
                "harbour, options, gauge",
                options.selectFirst("meta[name=keywords]").attr("content"));
        assertEquals(
                "https://example.org/cards/options.png",
                options.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals(
                "https://example.org/edit/options.md",
                options.selectFirst("a.edit-link").attr("href"));
        assertEquals("2026-10-01", options.selectFirst(".page-meta time").attr("datetime"));
        assertEquals("Mira Holm", options.selectFirst(".page-meta .author").text());
        assertEquals("glossary.html", options.selectFirst("a.next").attr("href"));
        assertEquals("../cli.html", options.selectFirst("a.previous").attr("href"));
        assertNull(options.selectFirst("meta[name=robots]"));

        Document glossary = SiteLinks.parse(site.resolve("reference/glossary.html"));
        assertEquals("../guides/intro.html", glossary.selectFirst("a.previous").attr("href"));
        assertEquals("../team/index.html", glossary.selectFirst("a.next").attr("href"));

        // unlisted: built, marked noindex, but in no sidebar, neighbour link or search entry
        Document hidden = SiteLinks.parse(site.resolve("reference/draft-notes.html"));
        assertEquals("noindex", hidden.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(install.select("a[href*=draft-notes]").isEmpty());
        assertNull(hidden.selectFirst("a.previous"));
        assertFalse(read(site.resolve("assets/search-index.js")).contains("draft-notes"));
        assertTrue(read(site.resolve("assets/search-index.js")).contains("glossary"));
    }

    @Test
    void mkdocsChecksCleanAndShowsAdmonitionsTabsAndAttributeLists() {
        Path site = bake("dialect-mkdocs", "0 errors, 0 warnings in 0 of 1 page");
        Document page = SiteLinks.parse(site.resolve("user-guide/configuration.html"));
        assertEquals("2026-09-14", page.selectFirst(".page-meta time").attr("datetime"));
        assertEquals(
                List.of(
                        "note: Note",
                        "warning: Restart after a change",
                        "tip: Folded until opened",
                        "example: Unfolded at first",
                        "danger: "),
                callouts(page));
        assertEquals(
                2, page.select("aside.callout-warning > p:not(.callout-title)").size());
        assertNotNull(page.selectFirst("details.callout-tip:not([open]) > summary.callout-title"));
        assertNotNull(page.selectFirst("details.callout-example[open] pre > code.language-yaml"));
        assertEquals(
                "A callout without a title.",
                page.selectFirst("aside.callout-danger.callout-untitled").text());
        assertEquals("Options", page.selectFirst("h2#options").ownText());
        assertEquals("Installing", page.selectFirst("h2#installing").ownText());
        assertEquals(List.of("Options", "Installing"), page.select("nav.toc a").eachText());
        assertEquals("timezone", page.selectFirst("strong#setting-timezone").text());
        assertEquals("setting", page.selectFirst("strong#setting-interval").className());
        assertEquals(
                List.of("Linux", "macOS"),
                page.select(".tabs > details.tab > summary").eachText());
        assertEquals(
                "install.sh",
                page.selectFirst(".tabs figure.code-block > figcaption").text());
        assertEquals("interval", page.selectFirst("main table td kbd").text());
        assertEquals(
                "../img/screen.svg",
                page.selectFirst("main img[alt=The settings screen]").attr("src"));
        assertShowsNoSource(site);
    }

    @Test
    void mkdocsDefectsAreFoundAtTheirLines() {
        assertEquals(
                List.of(
                        "content/user-guide/defects.md:3:1: warning: `warnin` is not a callout type (did you mean `warning`?); "
                                + "it is shown as a note. Types: note, abstract, info, tip, important, success, question, "
                                + "warning, caution, failure, danger, bug, example, quote [unknown-callout]",
                        "content/user-guide/defects.md:6:5: error: `configuration.md#setting-time-zone`: "
                                + "`user-guide/configuration.md` has no anchor `#setting-time-zone` (did you mean "
                                + "`setting-timezone`?) [broken-link]",
                        "1 error, 1 warning in 1 of 2 pages"),
                checkWithDefects("dialect-mkdocs", 1));
    }

    @Test
    void gitBookChecksCleanAndShowsHintsTabsAndCodeTitles() {
        Path site = bake("dialect-gitbook", "0 errors, 0 warnings in 0 of 5 pages");
        Document page = SiteLinks.parse(site.resolve("getting-started/quickstart.html"));
        assertEquals(List.of("info: ", "warning: "), callouts(page));
        assertEquals("Info", page.selectFirst("aside.callout-info").attr("aria-label"));
        assertEquals("dry", page.selectFirst("aside.callout-warning strong").text());
        assertEquals(
                List.of("USB", "Radio"),
                page.select(".tabs > details.tab > summary").eachText());
        assertEquals(
                "Pair the gauge with the base station.",
                page.select(".tabs > details.tab").get(1).selectFirst("p").text());
        assertEquals(
                "gauge.yml", page.selectFirst("figure.code-block > figcaption").text());
        assertEquals(
                "https://example.org/harbour-video",
                page.selectFirst("main a[href=https://example.org/harbour-video]")
                        .text());
        assertEquals(
                "nofollow",
                page.selectFirst("main a[href=https://example.org/harbour-video]")
                        .attr("rel"));
        assertEquals(
                "../.gitbook/assets/wiring.svg",
                page.selectFirst("main img[alt=How the cable runs]").attr("src"));
        assertTrue(Files.isRegularFile(site.resolve(".gitbook/assets/wiring.svg")));
        assertFalse(Files.exists(site.resolve(".gitbook/assets/unused.svg")), "only linked assets are published");
        assertEquals(
                "../index.html", page.selectFirst("main a:contains(the start)").attr("href"));
        assertEquals(
                "Harbour gauges",
                SiteLinks.parse(site.resolve("index.html"))
                        .selectFirst("main h1")
                        .text());
        assertEquals("Connect", page.selectFirst("h2#connect").ownText());
        assertShowsNoSource(site);
    }

    @Test
    void gitBookDefectsAreFoundAtTheirLines() {
        assertEquals(
                List.of(
                        "content/getting-started/defects.md:3:1: warning: `infos` is not a callout type (did you mean `info`?); "
                                + "it is shown as a note. Types: note, abstract, info, tip, important, success, question, "
                                + "warning, caution, failure, danger, bug, example, quote [unknown-callout]",
                        "content/getting-started/defects.md:7:1: warning: `{% swagger %}` is a GitBook block handbook cannot "
                                + "show; it is left out [unknown-component]",
                        "content/getting-started/defects.md:10:5: error: `quickstart.md#connecting`: "
                                + "`getting-started/quickstart.md` has no anchor `#connecting` (did you mean `connect`?) "
                                + "[broken-link]",
                        "content/getting-started/defects.md:12:1: error: `../.gitbook/assets/missing.svg` points at "
                                + "`.gitbook/assets/missing.svg`, which does not exist under the content folder [broken-link]",
                        "3 errors, 2 warnings in 1 of 6 pages"),
                checkWithDefects("dialect-gitbook", 1).subList(1, 6));
        assertEquals(
                "content/SUMMARY.md:14:17: error: `reference/tides.md`: no page `reference/tides.md` is published; "
                        + "SUMMARY.md lists pages by their path from the content folder [broken-link]",
                checkWithDefects("dialect-gitbook", 1).get(0));
    }

    @Test
    void gitBookSummaryShapesTheSidebarAndIsNotPublished() {
        Path site = bake("dialect-gitbook", "0 errors, 0 warnings in 0 of 5 pages");
        assertFalse(Files.exists(site.resolve("SUMMARY.html")));
        assertFalse(Files.exists(site.resolve("SUMMARY.md")));
        Document pairing = SiteLinks.parse(site.resolve("getting-started/pairing.html"));
        assertEquals(
                List.of("Pages", "Getting started", "Reference"),
                pairing.select("nav.sidebar .section-title").eachText());
        assertEquals(
                List.of("Quick start", "Pairing a gauge"),
                pairing.select("nav.sidebar li.current-section > ul a").eachText());
        assertEquals(
                List.of("quickstart.html", "pairing.html"),
                pairing.select("nav.sidebar li.current-section > ul a").eachAttr("href"));
        assertEquals(
                List.of("../welcome.html", "../reference/commands.html"),
                pairing.select("nav.sidebar li.section:not(.current-section) > a.section-title")
                        .eachAttr("href"));
        assertEquals("quickstart.html", pairing.selectFirst("a.previous").attr("href"));
        assertEquals("../reference/commands.html", pairing.selectFirst("a.next").attr("href"));
        assertEquals("Pairing", pairing.selectFirst("main h1").text());
    }

    @Test
    void gitHubChecksCleanAndShowsAlertsAndSanitisedHtml() {
        Path site = bake("dialect-github", "0 errors, 0 warnings in 0 of 2 pages");
        Document page = SiteLinks.parse(site.resolve("index.html"));
        assertEquals("Harbour gauge", page.selectFirst("main h1#harbour-gauge").text());
        assertEquals(
                List.of("note: Note", "tip: Tip", "important: Important", "warning: Warning", "caution: Caution"),
                callouts(page));
        assertEquals(
                "Mount it on the sheltered side of the pier.",
                page.selectFirst("aside.callout-tip > p + p").text());
        assertEquals(
                "center",
                page.selectFirst("main p[align] > img[src=logo.svg]").parent().attr("align"));
        assertEquals("Pin layout", page.selectFirst("main details > summary").text());
        assertEquals(List.of("Pin", "Use"), page.select("main details table th").eachText());
        assertEquals("Reset", page.selectFirst("main kbd").text());
        assertEquals("2", page.selectFirst("main sup").text());
        assertNotNull(page.selectFirst("main a[name=legacy-wiring]"));
        assertEquals("Older models", page.selectFirst("main h3#older-models").text());
        assertShowsNoSource(site);
    }

    @Test
    void gitHubDefectsAreFoundAtTheirLines() {
        assertEquals(
                List.of(
                        "content/defects.md:3:1: warning: `NOTICE` is not a callout type (did you mean `note`?); it is shown as "
                                + "a note. Types: note, abstract, info, tip, important, success, question, warning, caution, "
                                + "failure, danger, bug, example, quote [unknown-callout]",
                        "content/defects.md:6:5: error: `index.md#older-model`: `index.md` has no anchor `#older-model` (did "
                                + "you mean `older-models`?) [broken-link]",
                        "1 error, 1 warning in 1 of 3 pages"),
                checkWithDefects("dialect-github", 1));
    }

    @Test
    void aReadmeThatOpensWithItsLogoShowsItsTitleOnceBelowIt() {
        Path site = bake("dialect-github", "0 errors, 0 warnings in 0 of 2 pages");
        Document relay = SiteLinks.parse(site.resolve("relay.html"));
        assertEquals(1, relay.select("main h1").size());
        assertEquals("Harbour relay", relay.selectFirst("main h1#harbour-relay").ownText());
        assertEquals("Harbour relay \u00b7 Harbour docs (GitHub)", relay.title());
        Element logo = relay.selectFirst("main p[align=center] > img[src=logo.svg]");
        assertTrue(logo.parent().elementSiblingIndex()
                < relay.selectFirst("main h1").elementSiblingIndex());
    }

    /** Checks the fixture (it must be clean), bakes it, and checks that every link of the site leads somewhere. */
    private Path bake(String fixture, String summary) {
        Path source = Fixtures.copy(fixture, temp);
        Fixtures.Run check = Fixtures.cli("check", "--source", source.toString());
        assertEquals(List.of(summary), check.errLines());
        assertEquals(0, check.exitCode());
        Path site = temp.resolve("site");
        Fixtures.Run build =
                Fixtures.cli("build", "--quiet", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(
                List.of(),
                SiteLinks.broken(site).stream()
                        .filter(link -> !ELSEWHERE.contains(link))
                        .toList());
        return site;
    }

    private List<String> checkWithDefects(String fixture, int exitCode) {
        Path source = Fixtures.copy(fixture, temp);
        Trees.copy(Path.of("src/test/resources/handbooks", fixture + "-defects"), source);
        Fixtures.Run check = Fixtures.cli("check", "--source", source.toString());
        assertEquals(exitCode, check.exitCode(), check.err());
        return check.errLines();
    }

    /** Each callout of the page as "type: title". */
    private static List<String> callouts(Document page) {
        List<String> callouts = new ArrayList<>();
        for (Element callout : page.select("main .callout")) {
            String type = callout.classNames().stream()
                    .filter(c -> c.startsWith("callout-") && !c.equals("callout-untitled"))
                    .findFirst()
                    .orElseThrow()
                    .substring("callout-".length());
            Element title = callout.selectFirst("> .callout-title");
            callouts.add(type + ": " + (title == null ? "" : title.text()));
        }
        return callouts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertShowsNoSource(Path site) {
        List<String> shown = new ArrayList<>();
        for (Path page : SiteLinks.htmlFiles(site)) {
            Document document = SiteLinks.parse(page);
            document.select("main pre, main code").remove();
            String text = document.select("main").text();
            SOURCE_TEXT.stream()
                    .filter(text::contains)
                    .forEach(source -> shown.add(site.relativize(page) + ": " + source));
        }
        assertEquals(List.of(), shown);
        assertTrue(SiteLinks.htmlFiles(site).size() > 1);
    }
}
