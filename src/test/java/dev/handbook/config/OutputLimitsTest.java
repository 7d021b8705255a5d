package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml's {@code limits:}, read and checked like every other key. */
class OutputLimitsTest {

    @TempDir
    Path source;

    private final SiteConfigLoader loader = new SiteConfigLoader();

    private OutputLimits load(String siteYml) throws IOException, ConfigException {
        Files.writeString(source.resolve("site.yml"), siteYml);
        return loader.load(source).limits();
    }

    private List<String> failure(String siteYml) throws IOException {
        Files.writeString(source.resolve("site.yml"), siteYml);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(source));
        return e.diagnostics().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void withoutLimitsAFileMayBe256MiBAndTheSite20TimesItsInputPlus256MiB() throws Exception {
        OutputLimits limits = load("title: T\n");
        assertEquals(new OutputLimits(256L << 20, 20, 256L << 20), limits);
        assertEquals(OutputLimits.DEFAULT, limits);
        assertEquals((256L << 20) + 20 * 1000, limits.siteBytes(1000));
    }

    @Test
    void eachLimitCanBeSetAndTheOthersKeepTheirDefaults() throws Exception {
        assertEquals(new OutputLimits(64L << 10, 20, 256L << 20), load("limits: {file: 64KiB}\n"));
        assertEquals(
                new OutputLimits(1L << 30, 5, 1000),
                load("limits:\n  file: 1 GiB\n  site_ratio: 5\n" + "  site_allowance: 1000\n"));
    }

    @Test
    void theSiteLimitNeverOverflows() {
        assertEquals(Long.MAX_VALUE, new OutputLimits(1, 1_000_000, 1).siteBytes(Long.MAX_VALUE / 2));
        assertEquals(Long.MAX_VALUE, new OutputLimits(1, 1, Long.MAX_VALUE).siteBytes(10));
    }

    @Test
    void wrongValuesAreErrorsAtTheirLines() throws IOException {
        assertEquals(
                List.of(
                        "site.yml:3:9: error: `limits.file` must be a size above 0 such as 256MiB, 64 KiB, 1GiB or a number of "
                                + "bytes, not `256MB` [config]",
                        "site.yml:4:15: error: `limits.site_ratio` must be a whole number above 0 such as 20, not `0.5` [config]",
                        "site.yml:5:19: error: `limits.site_allowance` must be a size above 0 such as 256MiB, 64 KiB, 1GiB or a "
                                + "number of bytes, not `0` [config]",
                        "site.yml:6:3: error: `site` is not a key of `limits` (did you mean `file`?); known keys: file, "
                                + "site_ratio, site_allowance [unknown-key]"),
                failure("title: T\nlimits:\n  file: 256MB\n  site_ratio: 0.5\n  site_allowance: 0\n  site: 1GiB\n"));
    }

    @Test
    void theReadmesSiteYmlReferenceStatesTheDefaults() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## site.yml reference"));
        String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", 8));
        assertEquals(
                OutputLimits.DEFAULT, new SiteConfigLoader().load(write(yaml)).limits());
    }

    private Path write(String siteYml) throws IOException {
        Files.writeString(source.resolve("site.yml"), siteYml);
        return source;
    }

    @Test
    void limitsMustBeAMap() throws IOException {
        assertEquals(
                List.of("site.yml:1:9: error: `limits` must be a map of keys to values, not text [config]"),
                failure("limits: 256MiB\n"));
    }
}
