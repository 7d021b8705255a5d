package dev.handbook.render;

import dev.handbook.model.Team;
import dev.handbook.text.Json;
import dev.handbook.text.UrlPath;
import java.util.List;

/** A team as a Backstage Group entity: its title, parent, child teams and members. */
final class BackstageGroup {

    private BackstageGroup() {}

    static String of(Team team) {
        StringBuilder yaml = new StringBuilder("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n");
        yaml.append("  name: ")
                .append(Json.quoteForYaml(BackstageCatalog.name(team.slug())))
                .append('\n');
        yaml.append("  title: ").append(Json.quoteForYaml(team.title())).append('\n');
        yaml.append("  annotations:\n    handbook/page: ")
                .append(Json.quoteForYaml(UrlPath.encode(team.page().outputPath())))
                .append('\n');
        yaml.append("spec:\n  type: team\n  profile:\n    displayName: ")
                .append(Json.quoteForYaml(team.title()))
                .append('\n');
        if (team.parent() != null) {
            yaml.append("  parent: ")
                    .append(Json.quoteForYaml(BackstageCatalog.name(team.parent())))
                    .append('\n');
        }
        BackstageCatalog.list(yaml, "  children:", "    ", names(team.children()));
        BackstageCatalog.list(yaml, "  members:", "    ", names(team.members()));
        return yaml.toString();
    }

    private static List<String> names(List<String> texts) {
        return texts.stream().map(BackstageCatalog::name).distinct().toList();
    }
}
