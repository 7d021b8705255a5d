package dev.handbook.model;

import dev.handbook.text.TitleOrder;
import dev.handbook.validate.TeamClaim;
import dev.handbook.validate.TeamDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The handbook's teams, by title, and which team owns which product. */
public final class Teams {

    public static final Teams NONE = new Teams(List.of(), Map.of());

    private final List<Team> all;
    private final Map<String, Team> bySlug = new LinkedHashMap<>();
    private final Map<String, Team> byPath = new LinkedHashMap<>();
    private final Map<String, String> ownerOf;

    private Teams(List<Team> all, Map<String, String> ownerOf) {
        this.all = List.copyOf(all);
        this.all.forEach(team -> {
            bySlug.putIfAbsent(team.slug(), team);
            byPath.putIfAbsent(team.page().path(), team);
        });
        this.ownerOf = Map.copyOf(ownerOf);
    }

    /** The teams of the directory, each with the products whose owner names it. */
    static Teams of(TeamDirectory directory, List<Product> productsByTitle) {
        if (directory.isEmpty()) {
            return NONE;
        }
        Map<String, List<Product>> owned = new LinkedHashMap<>();
        Map<String, String> ownerOf = new LinkedHashMap<>();
        for (Product product : productsByTitle) {
            directory.resolve(product.owner()).ifPresent(team -> {
                owned.computeIfAbsent(team.slug(), s -> new ArrayList<>()).add(product);
                ownerOf.put(product.slug(), team.slug());
            });
        }
        List<TeamClaim> claims = TitleOrder.sort(
                directory.teams().stream()
                        .filter(t -> directory.bySlug(t.slug()).orElseThrow() == t)
                        .toList(),
                TeamClaim::title,
                TeamClaim::slug);
        List<Team> teams = new ArrayList<>();
        for (TeamClaim claim : claims) {
            String parent =
                    claim.parent() != null && directory.bySlug(claim.parent()).isPresent() ? claim.parent() : null;
            List<String> children = claims.stream()
                    .filter(c -> claim.slug().equals(c.parent()) && c != claim)
                    .map(TeamClaim::slug)
                    .toList();
            teams.add(new Team(
                    claim.page(),
                    claim.slug(),
                    claim.members(),
                    claim.channel(),
                    parent,
                    children,
                    owned.getOrDefault(claim.slug(), List.of())));
        }
        return new Teams(teams, ownerOf);
    }

    /** Every team, by title. */
    public List<Team> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public Optional<Team> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The team a product's owner names, if any. */
    public Optional<Team> owning(Product product) {
        return Optional.ofNullable(ownerOf.get(product.slug())).flatMap(this::bySlug);
    }

    /** The team a page is the page of, if it is a team page. */
    public Optional<Team> ofPage(dev.handbook.parse.ParsedPage page) {
        return Optional.ofNullable(byPath.get(page.path()));
    }

    /** The teams below this one, at any depth, in the order met going down (children by title); never itself. */
    public List<Team> descendants(Team team) {
        List<Team> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(team.slug()));
        List<String> next = new ArrayList<>(team.children());
        while (!next.isEmpty()) {
            String slug = next.remove(0);
            Team child = bySlug.get(slug);
            if (child != null && seen.add(slug)) {
                found.add(child);
                next.addAll(child.children());
            }
        }
        return found;
    }

    /** The products a team answers for: its own, then its child teams' (at any depth). */
    public List<Product> answeredFor(Team team) {
        List<Product> all = new ArrayList<>(team.products());
        descendants(team).forEach(child -> all.addAll(child.products()));
        return all;
    }
}
