package dev.handbook.validate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The handbook's teams, found by what a product's {@code owner} may say: a team's slug, or its
 * title in any letter case. The first team (in path order) keeps a slug or title two share.
 */
public final class TeamDirectory {

    public static final TeamDirectory NONE = new TeamDirectory(List.of());

    private final List<TeamClaim> teams;
    private final Map<String, TeamClaim> bySlug = new HashMap<>();
    private final Map<String, TeamClaim> byTitle = new HashMap<>();

    public TeamDirectory(Collection<TeamClaim> teams) {
        this.teams = List.copyOf(teams);
        for (TeamClaim team : this.teams) {
            bySlug.putIfAbsent(team.slug(), team);
            byTitle.putIfAbsent(team.title().strip().toLowerCase(Locale.ROOT), team);
        }
    }

    /** Every team page, in path order. */
    public List<TeamClaim> teams() {
        return teams;
    }

    public boolean isEmpty() {
        return teams.isEmpty();
    }

    public Optional<TeamClaim> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The team an owner names, by slug first, then by title. */
    public Optional<TeamClaim> resolve(String owner) {
        String name = owner.strip();
        TeamClaim team = bySlug.get(name);
        return Optional.ofNullable(team != null ? team : byTitle.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The slugs, in path order: what "did you mean" offers. */
    public List<String> slugs() {
        return teams.stream().map(TeamClaim::slug).distinct().toList();
    }
}
