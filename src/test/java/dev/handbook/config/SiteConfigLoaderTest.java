package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

    @TempDir
    Path source;

    private final SiteConfigLoader loader = new SiteConfigLoader();

    private SiteConfig load(String siteYml) throws ConfigException {
        write(siteYml);
        return loader.load(source);
    }

    private void write(String siteYml) {
        try {
            Files.writeString(source.resolve("site.yml"), siteYml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> failure(String siteYml) {
        write(siteYml);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(source));
        return e.diagnostics().stream().map(Diagnostic::toText).toList();
    }

    private static Characteristic characteristic(SiteConfig config, String key) {
        return config.schema().characteristic(key).orElseThrow(() -> new AssertionError("no characteristic " + key));
    }

    @Test
    void withoutSiteYmlEverythingIsDefault() throws ConfigException {
        SiteConfig config = loader.load(source);

        assertEquals("Product handbook", config.title());
        assertEquals("", config.baseUrl());
        assertEquals("", config.mission());
        assertNull(config.repository());
        assertEquals(
                List.of("content", "templates", "assets"),
                List.of(config.contentDir(), config.templatesDir(), config.assetsDir()));
        assertEquals(RawHtml.SANITIZE, config.rawHtml());
        assertEquals(SeverityPolicy.DEFAULT, config.severityPolicy());
        assertEquals(SiteConfigLoader.defaultSchema(), config.schema());
    }

    @Test
    void defaultSchemaHasFourLevelsInOrder() throws ConfigException {
        assertEquals(
                List.of("idea", "prototype", "loop", "steady"),
                loader.load(source).schema().levels());
    }

    @Test
    void defaultSchemaHasElevenCharacteristicsInFileOrder() throws ConfigException {
        assertEquals(
                List.of(
                        "mission",
                        "owner",
                        "alignment",
                        "alignment_note",
                        "does_not",
                        "interfaces",
                        "loop",
                        "roadmap",
                        "docs",
                        "brand",
                        "community"),
                loader.load(source).schema().characteristicKeys());
    }

    @Test
    void emptySiteYmlIsDefault() throws ConfigException {
        assertEquals(loader.load(source), load("# nothing yet\n"));
    }

    @Test
    void topLevelValuesAreRead() throws ConfigException {
        SiteConfig config = load("""
                title: Saltmarsh handbook
                base_url: https://handbook.example.org/
                mission: Warn coastal towns of rising water.
                repository: https://git.example.org/handbook/edit/main/
                paths:
                  content: pages
                  templates: layout/templates
                  assets: static
                markdown:
                  raw_html: true
                strict: true
                severity:
                  broken-link: warning
                  stage-mismatch: off
                """);

        assertEquals("Saltmarsh handbook", config.title());
        assertEquals("https://handbook.example.org/", config.baseUrl());
        assertEquals("Warn coastal towns of rising water.", config.mission());
        assertEquals("https://git.example.org/handbook/edit/main/", config.repository());
        assertEquals(
                List.of("pages", "layout/templates", "static"),
                List.of(config.contentDir(), config.templatesDir(), config.assetsDir()));
        assertEquals(RawHtml.TRUSTED, config.rawHtml());
        assertEquals(
                new SeverityPolicy(
                        Map.of(
                                Rule.BROKEN_LINK,
                                SeverityPolicy.Level.WARNING,
                                Rule.STAGE_MISMATCH,
                                SeverityPolicy.Level.OFF),
                        true),
                config.severityPolicy());
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws IOException, ConfigException {
        Files.write(
                source.resolve("site.yml"),
                "\uFEFFtitle: Handbook\r\nstrict: true\r\n".getBytes(StandardCharsets.UTF_8));

        SiteConfig config = loader.load(source);

        assertEquals("Handbook", config.title());
        assertTrue(config.severityPolicy().strict());
    }

    @Test
    void misspeltTopLevelKeyIsAnErrorWithASuggestion() {
        assertEquals(
                List.of("site.yml:2:1: error: `titel` is not a key of site.yml (did you mean `title`?); known keys: "
                        + "title, base_url, mission, repository, paths, markdown, schema, severity, strict, limits, static, favicon, "
                        + "theme_color, owners, campaigns [unknown-key]"),
                failure("mission: m\ntitel: Handbook\n"));
    }

    @Test
    void faviconAndThemeColourAreReadWhenTheIconIsThere() throws IOException, ConfigException {
        Files.createDirectories(source.resolve("content/images"));
        Files.writeString(source.resolve("content/images/icon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        SiteConfig config = load("favicon: images/icon.svg\ntheme_color: \"#0b5cad\"\n");

        assertEquals(new SiteConfig.Look("images/icon.svg", "#0b5cad"), config.look());
        assertEquals(
                SiteConfig.Look.DEFAULT,
                loader.load(Files.createDirectories(source.resolve("other"))).look());
    }

    @Test
    void faviconThatIsNotThereOrNotAnIconAndAColourThatIsNotOneAreErrorsAtTheirValue() {
        assertEquals(
                List.of("site.yml:1:10: error: `favicon` names content/images/icon.svg, which does not exist; "
                        + "put the icon there or correct the path [missing-file]"),
                failure("favicon: images/icon.svg\n"));
        assertEquals(
                List.of(
                        "site.yml:1:10: error: `favicon` must be an .svg, .png or .ico file under the content "
                                + "folder, written as its path there, like `favicon: images/icon.svg` [config]",
                        "site.yml:2:14: error: `theme_color` must be a colour written as #rrggbb, like "
                                + "`theme_color: \"#0b5cad\"` [config]"),
                failure("favicon: ../secret.svg\ntheme_color: blue\n"));
    }

    @Test
    void unknownKeyFarFromAnyKnownOneHasNoSuggestion() {
        List<String> lines = failure("colour: blue\n");

        assertEquals(1, lines.size());
        assertTrue(
                lines.get(0).startsWith("site.yml:1:1: error: `colour` is not a key of site.yml; known keys: "),
                lines.get(0));
    }

    @Test
    void unknownKeysInsideSectionsAreErrors() {
        assertEquals(
                List.of(
                        "site.yml:2:3: error: `contents` is not a key of `paths` (did you mean `content`?); "
                                + "known keys: content, templates, assets [unknown-key]",
                        "site.yml:4:3: error: `rawhtml` is not a key of `markdown` (did you mean `raw_html`?); "
                                + "known keys: raw_html [unknown-key]"),
                failure("paths:\n  contents: pages\nmarkdown:\n  rawhtml: true\n"));
    }

    @Test
    void yamlSyntaxErrorIsAConfigExceptionAtItsLine() {
        List<String> lines = failure("title: Handbook\nmission: a: b\n");

        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("site.yml:2:"), lines.get(0));
        assertTrue(lines.get(0).endsWith("[yaml-syntax]"), lines.get(0));
    }

    @Test
    void configExceptionMessageIsTheFirstDiagnostic() {
        write("titel: x\n");

        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(source));

        assertEquals(e.diagnostics().get(0).toText(), e.getMessage());
    }

    @Test
    void siteYmlThatIsNotAMapIsAnError() {
        assertEquals(
                List.of("site.yml:1:1: error: site.yml must be a map of keys such as `title:` and `mission:` "
                        + "[config]"),
                failure("- title\n- mission\n"));
    }

    @Test
    void invalidUtf8IsAnEncodingError() throws IOException {
        Files.write(source.resolve("site.yml"), new byte[] {'t', ':', ' ', (byte) 0xFF, '\n'});

        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(source));

        assertEquals("encoding", e.diagnostics().get(0).rule());
    }

    @Test
    void rawHtmlNamesAModeAndTheEarlierBooleansKeepTheirMeaning() throws ConfigException {
        assertEquals(RawHtml.SANITIZE, load("markdown: {raw_html: sanitize}\n").rawHtml());
        assertEquals(RawHtml.ESCAPE, load("markdown: {raw_html: escape}\n").rawHtml());
        assertEquals(RawHtml.TRUSTED, load("markdown: {raw_html: Trusted}\n").rawHtml());
        assertEquals(RawHtml.TRUSTED, load("markdown: {raw_html: true}\n").rawHtml());
        assertEquals(RawHtml.ESCAPE, load("markdown: {raw_html: false}\n").rawHtml());
        assertEquals(RawHtml.ESCAPE, load("markdown: {raw_html: no}\n").rawHtml());
    }

    @Test
    void wrongShapesAreErrorsAtTheirValues() {
        assertEquals(
                List.of(
                        "site.yml:1:8: error: `title` must be text, not list [config]",
                        "site.yml:2:9: error: `strict` must be true or false [config]",
                        "site.yml:4:13: error: `raw_html` must be sanitize, escape or trusted (true and false, its earlier "
                                + "values, mean trusted and escape) [config]"),
                failure("title: [a]\nstrict: maybe\nmarkdown:\n  raw_html: 1\n"));
    }

    @Test
    void contentFolderOutsideTheSourceFolderIsAnError() {
        assertEquals(
                List.of(
                        "site.yml:2:12: error: `paths.content` must be a folder inside the source folder, like "
                                + "`content` [config]",
                        "site.yml:3:14: error: `paths.templates` must be a folder inside the source folder, like "
                                + "`templates` [config]"),
                failure("paths:\n  content: ../elsewhere\n  templates: /etc\n"));
    }

    @Test
    void scriptUrlAsRepositoryIsAnError() {
        assertEquals(
                List.of("site.yml:1:13: error: `repository` must be an http(s):// address or a path starting "
                        + "with /, not `javascript:alert(1)` [config]"),
                failure("repository: javascript:alert(1)\n"));
    }

    @Test
    void protocolRelativeBaseUrlIsAnError() {
        List<String> lines = failure("base_url: //evil.example.com/\n");

        assertEquals(1, lines.size());
        assertTrue(
                lines.get(0).startsWith("site.yml:1:11: error: `base_url` must be an http(s):// address"),
                lines.get(0));
    }

    @Test
    void sitePathAsBaseUrlIsAccepted() throws ConfigException {
        assertEquals("/handbook/", load("base_url: /handbook/\n").baseUrl());
    }

    @Test
    void badSeverityValueIsAnError() {
        assertEquals(
                List.of("site.yml:2:16: error: severity of `broken-link` must be error, warning or off, not "
                        + "`fatal` [config]"),
                failure("severity:\n  broken-link: fatal\n"));
    }

    @Test
    void severityForAnUnknownRuleIsAnError() {
        List<String> lines = failure("severity:\n  broken-links: warning\n");

        assertEquals(1, lines.size());
        assertTrue(
                lines.get(0)
                        .startsWith("site.yml:2:3: error: `broken-links` is not a key of `severity` (rule ids) "
                                + "(did you mean `broken-link`?)"),
                lines.get(0));
    }

    @Test
    void customCharacteristicIsAppendedWithItsLevel() throws ConfigException {
        SiteConfig config = load("""
                schema:
                  characteristics:
                    security_review:
                      label: Security review
                      explanation: Who checked it and when.
                      required_from: loop
                """);

        Characteristic review = characteristic(config, "security_review");
        assertEquals(
                new Characteristic(
                        "security_review",
                        "Security review",
                        "Who checked it and when.",
                        Shape.TEXT,
                        List.of(),
                        "loop",
                        null),
                review);
        assertEquals("security_review", config.schema().characteristicKeys().get(11));
        assertTrue(config.schema().requiredAt("loop").contains(review));
        assertFalse(config.schema().requiredAt("prototype").contains(review));
    }

    @Test
    void customCharacteristicWithoutLabelGetsOneFromItsKey() throws ConfigException {
        SiteConfig config = load("schema:\n  characteristics:\n    on_call_rota: {}\n");

        Characteristic rota = characteristic(config, "on_call_rota");
        assertEquals("On call rota", rota.label());
        assertFalse(rota.isRequiredSomewhere());
    }

    @Test
    void overridingOneFieldKeepsTheOthers() throws ConfigException {
        SiteConfig config = load("schema:\n  characteristics:\n    roadmap:\n      required_from: steady\n");

        Characteristic roadmap = characteristic(config, "roadmap");
        assertEquals("steady", roadmap.requiredFrom());
        assertEquals("Roadmap", roadmap.label());
        assertEquals(
                SiteConfigLoader.defaultSchema().characteristicKeys(),
                config.schema().characteristicKeys());
    }

    @Test
    void customLevelAppendedToLevels() throws ConfigException {
        SiteConfig config = load("""
                schema:
                  levels: [idea, prototype, loop, steady, scaled]
                  characteristics:
                    sla:
                      required_from: scaled
                """);

        assertEquals(
                List.of("idea", "prototype", "loop", "steady", "scaled"),
                config.schema().levels());
        assertEquals(4, config.schema().levelIndex("scaled"));
        assertTrue(config.schema().requiredAt("scaled").contains(characteristic(config, "sla")));
        assertEquals(12, config.schema().requiredAt("scaled").size());
    }

    @Test
    void requiredFromAnUnknownLevelIsAnErrorAtThatLine() {
        assertEquals(
                List.of("site.yml:5:22: error: `required_from: mature` names no maturity level; use one of "
                        + "idea, prototype, loop, steady [config]"),
                failure("""
                        title: Handbook
                        schema:
                          characteristics:
                            security_review:
                              required_from: mature
                        """));
    }

    @Test
    void choiceWithoutValuesIsAnError() {
        assertEquals(
                List.of("site.yml:4:7: error: characteristic `tier` has shape choice but no `values` [config]"),
                failure("schema:\n  characteristics:\n    tier:\n      shape: choice\n"));
    }

    @Test
    void choiceWithValuesIsRead() throws ConfigException {
        SiteConfig config =
                load("schema:\n  characteristics:\n    tier:\n      shape: choice\n      values: [gold, silver]\n");

        Characteristic tier = characteristic(config, "tier");
        assertEquals(Shape.CHOICE, tier.shape());
        assertEquals(List.of("gold", "silver"), tier.values());
    }

    @Test
    void unknownShapeIsAnError() {
        List<String> lines = failure("schema:\n  characteristics:\n    tier:\n      shape: colour\n");

        assertEquals(
                List.of("site.yml:4:14: error: unknown shape `colour`; use one of text, list, url, choice, "
                        + "interfaces, brand, file, product [config]"),
                lines);
    }

    @Test
    void unknownCharacteristicFieldIsAnError() {
        List<String> lines = failure("schema:\n  characteristics:\n    roadmap:\n      requiredFrom: loop\n");

        assertEquals(1, lines.size());
        assertTrue(
                lines.get(0)
                        .startsWith("site.yml:4:7: error: `requiredFrom` is not a key of characteristic "
                                + "`roadmap` (did you mean `required_from`?)"),
                lines.get(0));
    }

    @Test
    void replacingLevelsWithoutUpdatingCharacteristicsIsAnError() {
        List<String> lines = failure("schema:\n  levels: [alpha, beta]\n");

        assertEquals(20, lines.size(), String.join("\n", lines)); // 11 characteristics, 9 stages
        assertTrue(
                lines.contains("site.yml:2:3: error: characteristic `mission` is required from `idea`, which "
                        + "`levels` no longer lists; set its `required_from` [config]"),
                String.join("\n", lines));
    }

    @Test
    void emptyLevelsIsAnError() {
        List<String> lines = failure("schema:\n  levels: []\n");

        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("site.yml:")), String.join("\n", lines));
    }

    @Test
    void replacingLevelsWithoutUpdatingOriginsIsAnError() {
        List<String> lines = failure("""
                schema:
                  levels: [idea, prototype, loop, mature]
                  characteristics:
                    docs: {required_from: mature}
                    brand: {required_from: mature}
                    community: {required_from: mature}
                """);

        assertTrue(lines.stream().anyMatch(l -> l.contains("`steady`")), String.join("\n", lines));
    }

    @Test
    void originStageNamingAnUnknownLevelIsAnError() {
        assertEquals(
                List.of("site.yml:4:14: error: stage `spark` names unknown level `dream`; use one of idea, "
                        + "prototype, loop, steady [config]"),
                failure("schema:\n  origins:\n    greenfield:\n      spark: [dream]\n"));
    }

    @Test
    void customOriginsReplaceTheDefaults() throws ConfigException {
        SiteConfig config = load("schema:\n  origins:\n    acquired:\n      integrate: [loop]\n      own: [steady]\n");

        assertEquals(List.of("acquired"), config.schema().originNames());
        assertEquals(
                List.of("integrate", "own"),
                config.schema().origin("acquired").orElseThrow().stageNames());
    }

    @Test
    void placeholdersAndWordLimitCanBeChanged() throws ConfigException {
        SiteConfig config = load("schema:\n  placeholders: [XXX]\n  mission_word_limit: 12\n");

        assertTrue(config.schema().isPlaceholder(" xxx "));
        assertFalse(config.schema().isPlaceholder("TODO"));
        assertEquals(12, config.schema().missionWordLimit());
    }

    @Test
    void zeroWordLimitIsAnError() {
        assertEquals(
                List.of("site.yml:2:23: error: `mission_word_limit` must be a whole number above 0 [config]"),
                failure("schema:\n  mission_word_limit: 0\n"));
    }

    @Test
    void everyProblemIsReportedTogether() {
        List<String> lines = failure("titel: x\nstrict: maybe\nseverity:\n  broken-link: fatal\n");

        assertEquals(3, lines.size(), String.join("\n", lines));
    }
}
