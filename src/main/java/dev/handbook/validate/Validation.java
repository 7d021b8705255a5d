package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What validation found and read: every diagnostic (policy applied, in order) and the claim of
 * every product page, by content-relative path, for the model to build on.
 */
public record Validation(List<Diagnostic> diagnostics, Map<String, ProductClaim> claims) {

    public Validation {
        diagnostics = List.copyOf(diagnostics);
        claims = Map.copyOf(claims);
    }

    public Optional<ProductClaim> claim(String path) {
        return Optional.ofNullable(claims.get(path));
    }
}
