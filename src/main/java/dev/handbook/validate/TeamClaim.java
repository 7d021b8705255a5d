package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.parse.ParsedPage;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.util.List;
import java.util.Objects;

/**
 * What a team page ({@code type: team}) says about its team, read once by validation: later
 * stages never read its YAML again.
 *
 * @param slug     the page's slug: what products' {@code owner} and other teams' {@code parent} name
 * @param members  the {@code members} as written, in order
 * @param channel  where to reach the team, "" when not given
 * @param parent   the slug of the team it belongs to, or null
 * @param parentAt where {@code parent} is written (the page's start when it is not)
 */
public record TeamClaim(
        ParsedPage page, String slug, List<String> members, String channel, String parent, Position parentAt) {

    /** The keys a team page may hold besides the page format's own. */
    public static final List<String> KEYS = List.of("members", "channel", "parent");

    public TeamClaim {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(slug, "slug");
        members = List.copyOf(members);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(parentAt, "parentAt");
    }

    public String title() {
        return page.title();
    }

    /** The claim of a team page; a value of the wrong shape is reported to {@code out} and left out. */
    static TeamClaim read(ParsedPage page, Diagnostics out) {
        YamlMap fm = page.source().frontMatter();
        YamlFields fields = new YamlFields(page.sourcePath(), Rule.INVALID_VALUE, out);
        List<String> members = fields.texts(fm, "members").orElse(List.of()).stream()
                .map(String::strip)
                .filter(m -> !m.isEmpty())
                .toList();
        String channel = fields.text(fm, "channel").map(String::strip).orElse("");
        String parent = fields.text(fm, "parent")
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .orElse(null);
        Position parentAt = fm.get("parent").map(YamlNode::position).orElse(Position.START);
        return new TeamClaim(page, page.source().slug(), members, channel, parent, parentAt);
    }
}
