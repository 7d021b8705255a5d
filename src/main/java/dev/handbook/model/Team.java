package dev.handbook.model;

import dev.handbook.parse.ParsedPage;
import java.util.List;
import java.util.Objects;

/**
 * A team, from its page ({@code type: team}).
 *
 * @param parent   the slug of the team it belongs to, or null (never a slug no team has)
 * @param children the slugs of the teams whose parent it is, by title
 * @param products the products it owns itself, by title
 */
public record Team(
        ParsedPage page,
        String slug,
        List<String> members,
        String channel,
        String parent,
        List<String> children,
        List<Product> products) {

    public Team {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(slug, "slug");
        members = List.copyOf(members);
        Objects.requireNonNull(channel, "channel");
        children = List.copyOf(children);
        products = List.copyOf(products);
    }

    public String title() {
        return page.title();
    }
}
