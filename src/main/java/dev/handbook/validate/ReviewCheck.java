package dev.handbook.validate;

import dev.handbook.config.Schema;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.parse.ParsedPage;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlFields;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * {@code stale-page}: a product page whose level asks for a review every so many days
 * ({@code review_every}) and whose last review, its {@code last_reviewed:} date or else its newest
 * commit, is older than that.
 */
final class ReviewCheck {

    static final String KEY = "last_reviewed";

    private final Schema schema;
    private final LocalDate today;
    private final Map<String, LocalDate> lastCommits;

    /** @param lastCommits content-relative page path to the day of its newest commit */
    ReviewCheck(Schema schema, LocalDate today, Map<String, LocalDate> lastCommits) {
        this.schema = schema;
        this.today = today;
        this.lastCommits = lastCommits;
    }

    /** The page's review dates, when its level has a window and a last review is known; findings to {@code out}. */
    Optional<Review> check(ParsedPage page, ProductClaim claim, Diagnostics out) {
        YamlFields fields = new YamlFields(page.sourcePath(), Rule.INVALID_VALUE, out);
        Optional<LocalDate> written = fields.date(page.source().frontMatter(), KEY);
        Optional<Integer> window = schema.reviewEvery(claim.maturity());
        if (window.isEmpty()) {
            return Optional.empty();
        }
        LocalDate reviewed = written.orElse(lastCommits.get(page.path()));
        if (reviewed == null) {
            return Optional.empty();
        }
        Review review = new Review(reviewed, reviewed.plusDays(window.get()), written.isPresent());
        if (review.isOverdue(today)) {
            Position at = page.source()
                    .frontMatter()
                    .entry(written.isPresent() ? KEY : "maturity")
                    .map(YamlEntry::keyPosition)
                    .orElse(claim.maturityAt());
            out.warning(
                    page.sourcePath(),
                    at,
                    Rule.STALE_PAGE,
                    "last reviewed " + reviewed + (written.isPresent() ? "" : " (its newest commit)")
                            + ", due " + review.due() + ": `" + claim.maturity() + "` asks for a review every "
                            + window.get() + " days; read the page through, fix what is no longer true and set `"
                            + KEY + ": " + today + "`");
        }
        return Optional.of(review);
    }
}
