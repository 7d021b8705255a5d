package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.model.Team;
import dev.handbook.model.todo.TodoItem;
import dev.handbook.model.todo.TodoList;
import dev.handbook.parse.AddressBook;
import dev.handbook.render.view.RolledUpTeam;
import dev.handbook.render.view.TeamLink;
import dev.handbook.render.view.TeamSummary;
import dev.handbook.render.view.TeamView;
import dev.handbook.render.view.TodoItemView;
import dev.handbook.render.view.TodoView;
import java.util.ArrayList;
import java.util.List;

/**
 * How a team looks to its page: members, channel, parent and child teams, its products and its
 * child teams' products rolled up, and the to-do list of all of them. Owner pages get the to-do
 * list too, and the home page the list of teams.
 */
final class TeamViews {

    private final Handbook handbook;
    private final ProductViews products;
    private final TodoList todo;

    TeamViews(Handbook handbook, ProductViews products) {
        this.handbook = handbook;
        this.products = products;
        this.todo = TodoList.standard(handbook);
    }

    TeamView team(Team team, String from) {
        return new TeamView(
                team.title(),
                team.slug(),
                team.members(),
                team.channel(),
                handbook.teams()
                        .bySlug(team.parent() == null ? "" : team.parent())
                        .map(p -> link(p, from)),
                team.children().stream()
                        .flatMap(slug -> handbook.teams().bySlug(slug).stream())
                        .map(child -> link(child, from))
                        .toList(),
                team.products().stream().map(p -> products.row(p, from)).toList(),
                rolledUp(team, from),
                todo(handbook.teams().answeredFor(team), team, from));
    }

    /** Each team below this one that owns products, with its products. */
    private List<RolledUpTeam> rolledUp(Team team, String from) {
        List<RolledUpTeam> groups = new ArrayList<>();
        for (Team child : handbook.teams().descendants(team)) {
            if (!child.products().isEmpty()) {
                groups.add(new RolledUpTeam(
                        child.title(),
                        child.slug(),
                        href(child, from),
                        child.products().stream()
                                .map(p -> products.row(p, from))
                                .toList()));
            }
        }
        return groups;
    }

    /** The to-do list of an owner's products, bounded like the listings, with how many items it left out. */
    TodoView todo(List<Product> owned, String from) {
        return todo(owned, null, from);
    }

    /** The to-do list of a team's products (or, for {@code self} null, an owner's), each item naming a team other than self. */
    private TodoView todo(List<Product> owned, Team self, String from) {
        List<TodoItem> items = todo.of(owned);
        List<TodoItemView> shown = new ArrayList<>();
        for (TodoItem item : items.subList(0, Math.min(items.size(), SitePlan.ROWS_PER_PAGE))) {
            shown.add(item(item, self, from));
        }
        return new TodoView(shown, Math.max(0, items.size() - SitePlan.ROWS_PER_PAGE));
    }

    private TodoItemView item(TodoItem item, Team self, String from) {
        return new TodoItemView(
                item.kind().cssName(),
                item.kind().label(),
                item.product().title(),
                AddressBook.relativeUrl(from, item.product().page().outputPath()),
                item.characteristic(),
                item.label(),
                item.detail(),
                item.due() == null ? "" : item.due().toString(),
                handbook.teams()
                        .owning(item.product())
                        .filter(team -> team != self)
                        .map(Team::title)
                        .orElse(""));
    }

    /** Every team, by title, with how many products it answers for: the home page lists them. */
    List<TeamSummary> summaries(String from) {
        return handbook.teams().all().stream()
                .map(team -> new TeamSummary(
                        team.title(),
                        team.slug(),
                        href(team, from),
                        handbook.teams().answeredFor(team).size()))
                .toList();
    }

    private static TeamLink link(Team team, String from) {
        return new TeamLink(team.title(), team.slug(), href(team, from));
    }

    private static String href(Team team, String from) {
        return AddressBook.relativeUrl(from, team.page().outputPath());
    }
}
