package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What validation found and read: every diagnostic (policy applied, in order), the claim of
 * every product page and its campaign verdicts, by content-relative path, and the team pages, for
 * the model to build on.
 */
public record Validation(
        List<Diagnostic> diagnostics,
        Map<String, ProductClaim> claims,
        Map<String, Review> reviews,
        Map<String, List<CampaignVerdict>> campaigns,
        TeamDirectory teams) {

    public Validation {
        diagnostics = List.copyOf(diagnostics);
        claims = Map.copyOf(claims);
        reviews = Map.copyOf(reviews);
        campaigns = Map.copyOf(campaigns);
        java.util.Objects.requireNonNull(teams, "teams");
    }

    public Validation(List<Diagnostic> diagnostics, Map<String, ProductClaim> claims) {
        this(diagnostics, claims, Map.of(), Map.of(), TeamDirectory.NONE);
    }

    /** The review dates of a product page whose level asks for reviews ({@code review_every}). */
    public Optional<Review> review(String path) {
        return Optional.ofNullable(reviews.get(path));
    }

    /** How the product page at this path stands in each campaign that concerns it, in site.yml order. */
    public List<CampaignVerdict> campaigns(String path) {
        return campaigns.getOrDefault(path, List.of());
    }

    public Optional<ProductClaim> claim(String path) {
        return Optional.ofNullable(claims.get(path));
    }
}
