package dev.handbook.parse;

import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses Docusaurus gives a doc besides its file path, which links may use: its folder
 * plus its front matter {@code id}, and its {@code slug} (from the docs root when it starts with
 * {@code /}, else from its folder), and its path with Docusaurus's number prefixes taken off every
 * part ({@code 01-basics/02-setup.md} is {@code basics/setup}). Routes are content paths without an
 * extension or slashes at the ends.
 */
final class DocusaurusRoutes {

    private DocusaurusRoutes() {}

    /** Docusaurus's number prefix of a file or folder name: digits, then separators, then the name. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d+\\s*[-_.]+\\s*(?=[^-_.\\s])");

    static List<String> of(PageSource source) {
        List<String> routes = new ArrayList<>(3);
        String folder = unnumbered(source.folder());
        text(source, "id").filter(id -> !id.contains("/")).ifPresent(id -> routes.add(folder + id));
        String name = source.path().substring(source.folder().length());
        String plain = folder
                + NUMBER_PREFIX
                        .matcher(name.substring(0, name.lastIndexOf('.')))
                        .replaceFirst("");
        if (!source.path().startsWith(plain + ".")) {
            routes.add(plain);
        }
        text(source, "slug").ifPresent(slug -> {
            String route = slug.startsWith("/") ? slug : folder + slug;
            LinkResolver.normalize("", route).filter(r -> !r.isEmpty()).ifPresent(routes::add);
        });
        return routes;
    }

    private static String unnumbered(String folder) {
        if (folder.isEmpty() || folder.indexOf('_') < 0 && folder.indexOf('-') < 0 && folder.indexOf('.') < 0) {
            return folder;
        }
        StringBuilder plain = new StringBuilder(folder.length());
        for (String part : folder.split("/")) {
            plain.append(NUMBER_PREFIX.matcher(part).replaceFirst("")).append('/');
        }
        return plain.toString();
    }

    private static Optional<String> text(PageSource source, String key) {
        Optional<YamlNode> node = source.frontMatter().get(key);
        return node.filter(n -> n instanceof YamlScalar scalar && !scalar.isNull())
                .map(n -> ((YamlScalar) n).text().trim())
                .filter(text -> !text.isEmpty());
    }
}
