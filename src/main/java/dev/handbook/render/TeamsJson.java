package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.model.Team;
import dev.handbook.model.todo.TodoItem;
import dev.handbook.model.todo.TodoList;
import dev.handbook.text.Json;
import dev.handbook.text.UrlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * teams.json: every team with its members, channel, parent and children, the products it owns,
 * those of its child teams, and how many items its to-do list holds of each kind.
 */
final class TeamsJson {

    private TeamsJson() {}

    static String of(Handbook handbook) {
        TodoList todo = TodoList.standard(handbook);
        List<Object> teams = new ArrayList<>();
        for (Team team : handbook.teams().all()) {
            teams.add(team(team, handbook, todo));
        }
        return Json.write(Map.of("teams", teams)) + "\n";
    }

    private static Map<String, Object> team(Team team, Handbook handbook, TodoList todo) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("slug", team.slug());
        view.put("title", team.title());
        view.put("url", UrlPath.encode(team.page().outputPath()));
        view.put("source", team.page().sourcePath());
        view.put("members", team.members());
        view.put("channel", team.channel());
        view.put("parent", team.parent());
        view.put("children", team.children());
        view.put("products", team.products().stream().map(Product::slug).toList());
        List<Product> answered = handbook.teams().answeredFor(team);
        view.put(
                "rolledUp",
                answered.subList(team.products().size(), answered.size()).stream()
                        .map(Product::slug)
                        .toList());
        view.put("todo", counts(todo.of(answered)));
        return view;
    }

    /** Items per kind, every kind named (0 when none), and the total. */
    private static Map<String, Object> counts(List<TodoItem> items) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (TodoItem.Kind kind : TodoItem.Kind.values()) {
            counts.put(
                    kind.cssName(), items.stream().filter(i -> i.kind() == kind).count());
        }
        counts.put("total", items.size());
        return counts;
    }
}
