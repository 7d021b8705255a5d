package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedPage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-page rules of teams: {@code team-parent} (a parent that names no team, parents that go
 * round in a circle) and {@code unknown-owner} (an owner that names no team, once there are teams
 * and site.yml does not say {@code owners: free}).
 */
final class TeamCheck {

    private final TeamDirectory teams;

    TeamCheck(TeamDirectory teams) {
        this.teams = teams;
    }

    void checkParents(Diagnostics out) {
        for (TeamClaim team : teams.teams()) {
            if (team.parent() == null) {
                continue;
            }
            if (teams.bySlug(team.parent()).isEmpty()) {
                out.error(
                        team.page().sourcePath(),
                        team.parentAt(),
                        Rule.TEAM_PARENT,
                        "`parent: " + team.parent() + "` names no team"
                                + Suggestions.didYouMean(team.parent(), teams.slugs())
                                + "; use the slug of a team page (its file name unless it sets `slug:`)");
            } else {
                circle(team)
                        .ifPresent(names -> out.error(
                                team.page().sourcePath(),
                                team.parentAt(),
                                Rule.TEAM_PARENT,
                                "the parents of these teams go round in a circle: " + String.join(" \u2192 ", names)
                                        + "; one of them must have another `parent`, or none"));
            }
        }
    }

    /** The slugs from this team up to itself again, when its parents lead back to it. */
    private java.util.Optional<List<String>> circle(TeamClaim start) {
        List<String> path = new ArrayList<>(List.of(start.slug()));
        Set<String> seen = new LinkedHashSet<>(path);
        TeamClaim at = start;
        while (at.parent() != null) {
            TeamClaim parent = teams.bySlug(at.parent()).orElse(null);
            if (parent == null) {
                return java.util.Optional.empty();
            }
            path.add(parent.slug());
            if (parent.slug().equals(start.slug())) {
                return java.util.Optional.of(path);
            }
            if (!seen.add(parent.slug())) {
                return java.util.Optional.empty(); // a circle above this team, reported at its own teams
            }
            at = parent;
        }
        return java.util.Optional.empty();
    }

    void checkOwners(List<ParsedPage> pages, Map<String, ProductClaim> claims, Diagnostics out) {
        if (teams.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(teams.slugs());
        teams.teams().forEach(t -> names.add(t.title()));
        for (ParsedPage page : pages) {
            ProductClaim claim = page.kind() == PageKind.PRODUCT ? claims.get(page.path()) : null;
            if (claim == null) {
                continue;
            }
            claim.value("owner")
                    .filter(ProductClaim.Value::real)
                    .filter(owner -> owner.items().isEmpty())
                    .filter(owner -> teams.resolve(owner.text()).isEmpty())
                    .ifPresent(owner -> out.error(
                            page.sourcePath(),
                            owner.position(),
                            Rule.UNKNOWN_OWNER,
                            "`owner: " + owner.text() + "` names no team"
                                    + Suggestions.didYouMean(owner.text(), names)
                                    + "; name a team page by its slug or title, or set `owners: free` in site.yml"
                                    + " to allow any owner"));
        }
    }
}
