package dev.handbook.parse;

import java.util.regex.Pattern;

/**
 * A link destination taken apart: path and fragment, and whether it points inside the handbook.
 *
 * @param path     the part before '#', may be empty (a link to an anchor on the same page)
 * @param fragment the part after '#', or null
 */
public record LinkTarget(String raw, String path, String fragment, boolean external) {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    public static LinkTarget parse(String destination) {
        boolean external = SCHEME.matcher(destination).find() || destination.startsWith("//");
        int hash = destination.indexOf('#');
        String withoutQuery = hash < 0 ? destination : destination.substring(0, hash);
        int query = withoutQuery.indexOf('?');
        String path = query < 0 ? withoutQuery : withoutQuery.substring(0, query);
        String fragment = hash < 0 ? null : destination.substring(hash + 1);
        return new LinkTarget(destination, path, fragment, external);
    }

    /** A path inside the content folder (not a URL, not a bare anchor). */
    public boolean isLocalPath() {
        return !external && !path.isEmpty();
    }

    /** A link to an anchor on the same page, like {@code #maturity}. */
    public boolean isSamePageAnchor() {
        return !external && path.isEmpty() && fragment != null;
    }
}
