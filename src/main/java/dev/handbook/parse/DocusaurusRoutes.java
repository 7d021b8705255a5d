package dev.handbook.parse;

import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The addresses Docusaurus gives a doc besides its file path, which links may use: its folder
 * plus its front matter {@code id}, and its {@code slug} (from the docs root when it starts with
 * {@code /}, else from its folder). Routes are content paths without an extension or slashes at the ends.
 */
final class DocusaurusRoutes {

    private DocusaurusRoutes() {
    }

    static List<String> of(PageSource source) {
        List<String> routes = new ArrayList<>(2);
        text(source, "id").filter(id -> !id.contains("/")).ifPresent(id -> routes.add(source.folder() + id));
        text(source, "slug").ifPresent(slug -> {
            String route = slug.startsWith("/") ? slug : source.folder() + slug;
            LinkResolver.normalize("", route).filter(r -> !r.isEmpty()).ifPresent(routes::add);
        });
        return routes;
    }

    private static Optional<String> text(PageSource source, String key) {
        Optional<YamlNode> node = source.frontMatter().get(key);
        return node.filter(n -> n instanceof YamlScalar scalar && !scalar.isNull())
                .map(n -> ((YamlScalar) n).text().trim()).filter(text -> !text.isEmpty());
    }
}
