package dev.handbook.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.config.Schema;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim is the one reading of a product's front matter that the model and the pages use. */
class ProductClaimTest {

    private static final Schema SCHEMA = SiteConfigLoader.defaultSchema();

    private static ProductClaim read(String yaml, Diagnostics out) {
        YamlMap fm = (YamlMap)
                new YamlReader("content/products/gauge.md", 2, out).read(yaml).orElseThrow();
        return ProductClaim.read(fm, SCHEMA, "content/products/gauge.md", out);
    }

    @Test
    void theWordsOfTheClaimAreReadAsWrittenWithTheirPlaces() {
        Diagnostics out = new Diagnostics();
        ProductClaim claim = read("""
                title: Gauge
                maturity:  loop
                origin: brownfield
                stage: repair
                mission: TODO
                owner: Harbour team
                does_not: [sail, "", steer]
                brand: {name: Gauge, logo: ./images/../images/gauge.svg}
                interfaces:
                  - Tide feed
                  - {product: buoy, kind: API}
                """, out);
        assertTrue(out.isEmpty(), out.sorted().toString());
        assertEquals("loop", claim.maturity());
        assertEquals(new Position(3, 1), claim.maturityAt());
        assertEquals("brownfield", claim.origin());
        assertEquals("repair", claim.stage());
        assertFalse(claim.value("mission").orElseThrow().real(), "a placeholder is not a real value");
        assertEquals(
                new ProductClaim.Value(true, "Harbour team", List.of(), new Position(7, 8)),
                claim.value("owner").orElseThrow());
        assertEquals(
                List.of("sail", "", "steer"),
                claim.value("does_not").orElseThrow().items());
        assertEquals("images/gauge.svg", claim.logo());
        assertEquals(
                List.of(
                        new ProductClaim.Interface("Tide feed", null, null, null, new Position(11, 5)),
                        new ProductClaim.Interface("buoy", "buoy", "API", null, new Position(12, 5))),
                claim.interfaces());
        assertTrue(claim.value("roadmap").isEmpty());
    }

    @Test
    void aMalformedWaiverIsReportedOnceAndLeftOut() {
        Diagnostics out = new Diagnostics();
        ProductClaim claim = read("""
                maturity: steady
                waivers:
                  community: {reason: Small team, until: 2027-03-31}
                  brand: {reason: TBD, until: 2027-03-31}
                """, out);
        assertEquals(
                List.of("content/products/gauge.md:5:19: error: the waiver for `brand` needs a `reason` saying "
                        + "why it can wait [invalid-value]"),
                out.sorted().stream().map(Diagnostic::toText).toList());
        assertEquals(List.of("community"), List.copyOf(claim.waivers().keySet()));
        assertEquals(LocalDate.of(2027, 3, 31), claim.waivers().get("community").until());
        assertNull(claim.logo());
        assertNull(claim.origin());
    }
}
