package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Rule;
import dev.handbook.diag.SuggestionIndex;
import dev.handbook.parse.BodyLink;
import dev.handbook.parse.ContentFiles;
import dev.handbook.parse.LinkResolver;
import dev.handbook.parse.LinkTarget;
import dev.handbook.parse.ParsedPage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code broken-link}: every relative link in a body reaches a page, an anchor on it, or a file,
 * found as the docs generators find them ({@link LinkResolver}). Its cost stays linear in the
 * links: anchors are looked up in a set, only the first five broken anchors of a page get a
 * "did you mean", and those look in an index of the target page's anchors made once
 * ({@link SuggestionIndex}), not through every anchor each.
 */
final class LinkCheck implements PageCheck {

    /** Broken anchors of one page that get a suggestion; the rest only say what is wrong. */
    static final int SUGGESTIONS_PER_PAGE = 5;
    /** Candidate anchors a message names at most. */
    static final int ANCHORS_SHOWN = 3;
    /** Longest quoted destination or anchor, so that a message stays a line. */
    static final int QUOTED = 60;
    /** Longest anchor named among a page's anchors. */
    static final int ANCHOR_SHOWN = 40;

    @Override
    public void check(PageContext context, Diagnostics out) {
        Links links = new Links(context, out);
        for (BodyLink link : context.page().body().links()) {
            LinkTarget target = link.target();
            if (target.external()) {
                continue;
            }
            if (target.isSamePageAnchor()) {
                if (!target.fragment().isEmpty()) {
                    links.anchor(link, context.page(), target.fragment());
                }
            } else if (target.isLocalPath()) {
                links.local(link, target);
            }
        }
    }

    /** The links of one page, with what they have looked up so far. */
    private static final class Links {
        private final PageContext context;
        private final Diagnostics out;
        private final Map<String, Set<String>> anchorsByPage = new HashMap<>();
        private final Map<String, SuggestionIndex> suggestionsByPage = new HashMap<>();
        private int suggestions;

        Links(PageContext context, Diagnostics out) {
            this.context = context;
            this.out = out;
        }

        void local(BodyLink link, LinkTarget target) {
            LinkResolver.Resolved resolved =
                    context.addresses().resolver().resolve(context.page().path(), target.path());
            String written = quoted(link.destination());
            switch (resolved.kind()) {
                case PAGE -> {
                    if (target.fragment() != null && !target.fragment().isEmpty()) {
                        anchor(link, context.pagesByPath().get(resolved.path()), target.fragment());
                    }
                }
                case FILE, STATIC -> {
                    // published where the link leads
                }
                case ELSEWHERE -> {
                    // a route of the site around the handbook (a blog, another docs version): not ours to check
                }
                case OUTSIDE -> broken(link, written + " climbs out of the content folder");
                case UNPUBLISHED_PAGE ->
                    broken(
                            link,
                            written + " points at page `" + resolved.path() + "`, which "
                                    + (ContentFiles.isPartial(resolved.path())
                                            ? "is a partial (its name or folder starts with `_`) and not published as a page; link to "
                                                    + "the page that includes it"
                                            : "is a draft or could not be read"));
                case MISSING ->
                    missing(link, written, resolved.path(), target.path().startsWith("/"));
            }
        }

        private void missing(BodyLink link, String written, String path, boolean fromRoot) {
            String hidden = hiddenPart(path);
            if (hidden != null) {
                broken(
                        link,
                        written + " points into `" + hidden + "`, which is hidden and never published (of "
                                + "hidden folders, only files in .gitbook/assets that a page links to are); move the file out");
            } else if (ContentFiles.isPage(path)) {
                broken(link, written + " points at page " + quoted(path) + ", which does not exist");
            } else {
                broken(
                        link,
                        written + " points at " + quoted(path) + ", which does not exist under the content " + "folder"
                                + (fromRoot ? " or in the folder published at the site root" : ""));
            }
        }

        /** The hidden file or folder the scan left out that the path lies in, or null. */
        private String hiddenPart(String path) {
            Set<String> hidden = context.files().hidden();
            if (hidden.isEmpty()) {
                return null;
            }
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (hidden.contains(path.substring(0, slash))) {
                    return path.substring(0, slash);
                }
            }
            return hidden.contains(path) ? path : null;
        }

        void anchor(BodyLink link, ParsedPage page, String fragment) {
            Set<String> ids = anchorsByPage.computeIfAbsent(
                    page.path(), p -> new HashSet<>(page.body().anchors()));
            if (ids.contains(fragment)
                    || ids.contains(decode(fragment))
                    || page.body().anchorsOpen()) {
                return; // found, or among the anchors of a block MkDocs fills while it builds
            }
            List<String> all = page.body().anchors();
            String hint = suggestions++ < SUGGESTIONS_PER_PAGE
                    ? suggestionsByPage
                            .computeIfAbsent(page.path(), p -> new SuggestionIndex(all))
                            .didYouMean(fragment)
                    : "";
            broken(
                    link,
                    quoted(link.destination()) + ": `" + page.path() + "` has no anchor `#"
                            + quoted(fragment).substring(1) + hint + (hint.isEmpty() ? candidates(all) : ""));
        }

        private static String candidates(List<String> ids) {
            if (ids.isEmpty()) {
                return "";
            }
            if (ids.size() <= ANCHORS_SHOWN) {
                return "; its anchors are #"
                        + String.join(
                                ", #",
                                ids.stream()
                                        .map(id -> shortened(id, ANCHOR_SHOWN))
                                        .toList());
            }
            return "; its " + ids.size() + " anchors include #"
                    + String.join(
                            ", #",
                            ids.subList(0, ANCHORS_SHOWN).stream()
                                    .map(id -> shortened(id, ANCHOR_SHOWN))
                                    .toList());
        }

        private void broken(BodyLink link, String message) {
            out.error(context.path(), link.position(), Rule.BROKEN_LINK, message);
        }

        /** Text in backquotes, cut short when it is long. */
        private static String quoted(String text) {
            return "`" + shortened(text) + "`";
        }

        private static String shortened(String text) {
            return shortened(text, QUOTED);
        }

        private static String shortened(String text, int most) {
            if (text.length() <= most) {
                return text;
            }
            int end = Character.isHighSurrogate(text.charAt(most - 4)) ? most - 4 : most - 3;
            return text.substring(0, end) + "...";
        }

        private static String decode(String fragment) {
            try {
                return java.net.URLDecoder.decode(
                        fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return fragment;
            }
        }
    }
}
