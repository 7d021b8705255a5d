package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of {@link LinkResolver}, and that a link found by none of them stays missing. */
class LinkResolverTest {

    private static final Map<String, String> PAGES = Map.of(
            "index.md", "index.html",
            "team/README.md", "team/index.html",
            "guides/setup.md", "guides/setup.html",
            "guides/tools.mdx", "guides/tools.html",
            "guides/01-basics/02-wiring.md", "guides/01-basics/02-wiring.html",
            "faq/OrganizingState.md", "faq/OrganizingState.html");
    private static final LinkResolver RESOLVER = new LinkResolver(
            PAGES,
            Set.of(
                    "index.md",
                    "team/README.md",
                    "guides/setup.md",
                    "guides/tools.mdx",
                    "guides/01-basics/02-wiring.md",
                    "faq/OrganizingState.md",
                    "guides/_partial.md",
                    "guides/img/a.png",
                    "img/b.png"),
            Map.of(
                    "faq/organizing-state",
                    "faq/OrganizingState.md",
                    "guides/basics/wiring",
                    "guides/01-basics/02-wiring.md"),
            Set.of("img/logo.svg"),
            Set.of(".gitbook/assets/c.png"));

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        "guides/setup.md, tools.mdx,                 PAGE,             guides/tools.mdx,              false",
        "guides/setup.md, tools,                     PAGE,             guides/tools.mdx,              true",
        "guides/setup.md, ../team/,                  PAGE,             team/README.md,                true",
        "guides/setup.md, ../team,                   PAGE,             team/README.md,                true",
        "guides/setup.md, /,                         PAGE,             index.md,                      true",
        "guides/setup.md, guides/tools.mdx,          PAGE,             guides/tools.mdx,              true",
        "guides/setup.md, /faq/organizing-state,     PAGE,             faq/OrganizingState.md,        true",
        "guides/setup.md, /docs/faq/organizing-state, PAGE,            faq/OrganizingState.md,        true",
        "guides/setup.md, basics/wiring,             PAGE,             guides/01-basics/02-wiring.md, true",
        "guides/setup.md, img/a.png,                 FILE,             guides/img/a.png,              false",
        "guides/setup.md, /img/logo.svg,             STATIC,           img/logo.svg,                  true",
        "guides/setup.md, ../../img/b.png,           FILE,             img/b.png,                     true",
        "index.md,        .gitbook/assets/c.png,     FILE,             .gitbook/assets/c.png,         false",
        "guides/setup.md, _partial.md,               UNPUBLISHED_PAGE, guides/_partial.md,            false",
        "guides/setup.md, tool,                      MISSING,          guides/tool,                   false",
        "guides/setup.md, /img/missing.svg,          MISSING,          img/missing.svg,               false",
        "guides/setup.md, ../../../x.md,             OUTSIDE,          ../../../x.md,                 false",
        "guides/setup.md, /blog/2016/07/27/release,  ELSEWHERE,        blog/2016/07/27/release,       false",
        "guides/setup.md, /help,                     ELSEWHERE,        help,                          false",
        "guides/setup.md, /blog/,                    ELSEWHERE,        blog,                          false",
        "guides/setup.md, /about/team.html,          ELSEWHERE,        about/team.html,               false",
        "guides/setup.md, /docs/28.x/upgrading,      ELSEWHERE,        docs/28.x/upgrading,           false",
        "guides/setup.md, /docs/setp,                MISSING,          docs/setp,                     false",
        "guides/setup.md, /docs/guides/setp,         MISSING,          docs/guides/setp,              false",
        "guides/setup.md, /guides/setp,              MISSING,          guides/setp,                   false",
        "guides/setup.md, /blog/post.md,             MISSING,          blog/post.md,                  false",
        "guides/setup.md, /pictures/a.png,           MISSING,          pictures/a.png,                false",
        "guides/setup.md, ../img/favicon.ico,        STATIC,           assets/favicon.svg,            true",
        "guides/setup.md, /setp,                     ELSEWHERE,        setp,                          false",
    })
    void resolves(String from, String link, LinkResolver.Kind kind, String path, boolean fallback) {
        assertEquals(new LinkResolver.Resolved(kind, path, fallback), RESOLVER.resolve(from, link));
    }
}
