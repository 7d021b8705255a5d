package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code placeholder-body}: a paragraph of the body that is still a placeholder, a line starting
 * with {@code TODO:}, {@code TBD:} or {@code FIXME:} as {@code new product} and {@code new guide}
 * write them. Lines inside fenced code blocks, and indented code, are text about placeholders, not
 * placeholders: they are never reported.
 */
final class PlaceholderBodyCheck implements PageCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile("^( {0,3})(TODO|TBD|FIXME):");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    @Override
    public void check(PageContext context, Diagnostics out) {
        String body = context.page().source().body();
        if (body.indexOf("TODO:") < 0 && body.indexOf("TBD:") < 0 && body.indexOf("FIXME:") < 0) {
            return; // nearly every page: one scan, no line split
        }
        String[] lines = body.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher opening = FENCE.matcher(lines[i]);
            if (opening.lookingAt()) {
                String marker = opening.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0)
                        && marker.length() >= fence.length()
                        && lines[i].substring(opening.end()).isBlank()) {
                    fence = null;
                }
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(lines[i]);
            if (fence == null && placeholder.lookingAt()) {
                out.warning(
                        context.path(),
                        new Position(
                                context.page().source().bodyFirstLine() + i,
                                placeholder.group(1).length() + 1),
                        Rule.PLACEHOLDER_BODY,
                        "this paragraph is still a " + "placeholder (`" + placeholder.group(2)
                                + ":`); write the text it asks for, or remove it");
            }
        }
    }
}
