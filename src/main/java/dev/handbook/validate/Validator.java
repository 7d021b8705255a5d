package dev.handbook.validate;

import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedContent;
import dev.handbook.parse.ParsedPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The validate stage: every page checks against every rule (in parallel, a broken page never
 * stopping the others), then the cross-page rules, then the user's severity policy.
 */
public final class Validator {

    private static final List<PageCheck> PAGE_CHECKS = List.of(
            new KnownKeysCheck(),
            new ClaimCheck(),
            new ShapeCheck(),
            new RequirementCheck(),
            new PlaceholderBodyCheck(),
            new LinkCheck());

    private final SiteConfig config;
    private final LocalDate today;
    private final Map<String, LocalDate> lastCommits;

    public Validator(SiteConfig config, LocalDate today) {
        this(config, today, Map.of());
    }

    /** @param lastCommits content-relative page path to the day of its newest commit (for {@code stale-page}) */
    public Validator(SiteConfig config, LocalDate today, Map<String, LocalDate> lastCommits) {
        this.config = config;
        this.today = today;
        this.lastCommits = Map.copyOf(lastCommits);
    }

    /** Parse findings plus validation findings, policy applied, in {@link Diagnostic#ORDER}. */
    public List<Diagnostic> validate(ParsedContent content) {
        return check(content).diagnostics();
    }

    /** Every finding, policy applied, and what each product page claims (by content-relative path). */
    public Validation check(ParsedContent content) {
        Map<String, ParsedPage> pagesByPath = content.pages().stream()
                .collect(Collectors.toMap(ParsedPage::path, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, ParsedPage> productsBySlug = content.pages().stream()
                .filter(p -> p.kind() == PageKind.PRODUCT)
                .collect(Collectors.toMap(p -> p.source().slug(), Function.identity(), (a, b) -> a));
        Diagnostics all = new Diagnostics();
        all.addAll(content.diagnostics());
        Map<String, ProductClaim> claims = new HashMap<>();
        Map<String, Review> reviews = new HashMap<>();
        ReviewCheck reviewCheck = new ReviewCheck(config.schema(), today, lastCommits);
        List<TeamClaim> teams = new ArrayList<>();
        content.pages().parallelStream()
                .map(page -> {
                    Diagnostics out = new Diagnostics();
                    ProductClaim claim = page.kind() == PageKind.PRODUCT
                            ? ProductClaim.read(page.source().frontMatter(), config.schema(), page.sourcePath(), out)
                            : null;
                    PageContext context = new PageContext(
                            page,
                            claim,
                            config.schema(),
                            content.files(),
                            pagesByPath,
                            productsBySlug,
                            today,
                            content.addresses());
                    PAGE_CHECKS.forEach(check -> check.check(context, out));
                    Review review = claim == null
                            ? null
                            : reviewCheck.check(page, claim, out).orElse(null);
                    TeamClaim team = page.kind() == PageKind.TEAM ? TeamClaim.read(page, out) : null;
                    return new PageResult(page.path(), claim, review, team, out);
                })
                .toList()
                .forEach(result -> {
                    all.addAll(result.diagnostics());
                    if (result.claim() != null) {
                        claims.putIfAbsent(result.path(), result.claim());
                    }
                    if (result.review() != null) {
                        reviews.putIfAbsent(result.path(), result.review());
                    }
                    if (result.team() != null) {
                        teams.add(result.team());
                    }
                });
        new DuplicateSlugCheck().check(content.pages(), content.files().files(), config.contentDir(), all);
        new PathCollisionCheck().check(content.files().files(), config.contentDir(), all);
        new NameLengthCheck().check(content.pages(), all);
        new PaginationCheck().check(content.pages(), all);
        TeamDirectory directory = new TeamDirectory(teams);
        TeamCheck teamCheck = new TeamCheck(directory);
        teamCheck.checkParents(all);
        if (!config.freeOwners()) {
            teamCheck.checkOwners(content.pages(), claims, all);
        }
        Map<String, List<CampaignVerdict>> campaigns = new CampaignCheck(config.campaigns(), config.schema(), today)
                .check(
                        content.pages().stream()
                                .filter(p -> p.kind() == PageKind.PRODUCT)
                                .toList(),
                        claims,
                        all);
        List<Diagnostic> result = new ArrayList<>();
        for (Diagnostic diagnostic : all.sorted()) {
            config.severityPolicy().apply(diagnostic).ifPresent(result::add);
        }
        return new Validation(result, claims, reviews, campaigns, directory);
    }

    private record PageResult(
            String path, ProductClaim claim, Review review, TeamClaim team, Diagnostics diagnostics) {}
}
