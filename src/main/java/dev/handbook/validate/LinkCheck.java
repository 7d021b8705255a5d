package dev.handbook.validate;

import dev.handbook.diag.Rule;
import dev.handbook.parse.ContentFiles;
import dev.handbook.diag.Diagnostics;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.BodyLink;
import dev.handbook.parse.LinkTarget;
import dev.handbook.parse.ParsedPage;
import java.util.List;
import java.util.Optional;

/** {@code broken-link}: every relative link in a body reaches a page, a heading on it, or a file. */
final class LinkCheck implements PageCheck {

    @Override
    public void check(PageContext context, Diagnostics out) {
        for (BodyLink link : context.page().body().links()) {
            LinkTarget target = link.target();
            if (target.external()) {
                continue;
            }
            if (target.isSamePageAnchor()) {
                if (!target.fragment().isEmpty()) {
                    anchor(context, link, context.page(), target.fragment(), out);
                }
            } else if (target.isLocalPath()) {
                local(context, link, target, out);
            }
        }
    }

    private static void local(PageContext context, BodyLink link, LinkTarget target, Diagnostics out) {
        Optional<String> resolved = AddressBook.resolve(context.page().path(), target.path());
        if (resolved.isEmpty()) {
            broken(context, link, out, "`" + link.destination() + "` climbs out of the content folder");
            return;
        }
        if (!ContentFiles.isPage(resolved.get())) {
            if (!context.files().files().contains(resolved.get())) {
                broken(context, link, out, "`" + link.destination() + "` points at `" + resolved.get()
                        + "`, which does not exist under the content folder");
            }
            return;
        }
        ParsedPage page = context.pagesByPath().get(resolved.get());
        if (page == null) {
            String why = context.files().files().contains(resolved.get()) ? "is a draft or could not be read"
                    : "does not exist";
            broken(context, link, out, "`" + link.destination() + "` points at page `" + resolved.get() + "`, which " + why);
        } else if (target.fragment() != null && !target.fragment().isEmpty()) {
            anchor(context, link, page, target.fragment(), out);
        }
    }

    private static void anchor(PageContext context, BodyLink link, ParsedPage page, String fragment, Diagnostics out) {
        String decoded = decode(fragment);
        List<String> ids = page.body().anchors();
        if (!ids.contains(fragment) && !ids.contains(decoded)) {
            broken(context, link, out, "`" + link.destination() + "`: `" + page.path() + "` has no heading `#" + fragment
                    + "`" + dev.handbook.diag.Suggestions.didYouMean(fragment, ids)
                    + (ids.isEmpty() ? "" : "; its anchors are #" + String.join(", #", ids)));
        }
    }

    private static String decode(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    private static void broken(PageContext context, BodyLink link, Diagnostics out, String message) {
        out.error(context.path(), link.position(), Rule.BROKEN_LINK, message);
    }
}
