package dev.handbook.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Walks a baked site and lists every internal href/src that does not lead to a file (or an anchor) that exists. */
final class SiteLinks {

    private SiteLinks() {}

    static List<String> broken(Path site) {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles(site)) {
            Document document = parse(page);
            Element body = document.selectFirst("body");
            String root = body == null ? "" : body.attr("data-root");
            for (Element element : document.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                // the 404 page links from the server's root (its data-root), being served at any depth
                if (root.startsWith("/") && url.startsWith(root)) {
                    url = site.relativize(page.getParent()).toString().isEmpty()
                            ? url.substring(root.length())
                            : "../".repeat(site.relativize(page.getParent()).getNameCount())
                                    + url.substring(root.length());
                }
                check(site, page, url).ifPresent(problem -> broken.add(site.relativize(page) + ": " + problem));
            }
        }
        return broken;
    }

    private static java.util.Optional<String> check(Path site, Path page, String url) {
        if (url.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            return java.util.Optional.empty();
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        Path target = path.isEmpty()
                ? page
                : page.getParent()
                        .resolve(URLDecoder.decode(path, StandardCharsets.UTF_8))
                        .normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            return java.util.Optional.of(url + " (no such file)");
        }
        if (fragment != null
                && !fragment.isEmpty()
                && target.toString().endsWith(".html")
                && !hasAnchor(parse(target), fragment)) {
            return java.util.Optional.of(url + " (no such anchor)");
        }
        return java.util.Optional.empty();
    }

    /** An element with that id, or an {@code <a name>}, as browsers scroll to either. */
    private static boolean hasAnchor(Document page, String fragment) {
        return page.getElementById(fragment) != null
                || page.select("a[name]").stream().anyMatch(a -> a.attr("name").equals(fragment));
    }

    static List<Path> htmlFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
