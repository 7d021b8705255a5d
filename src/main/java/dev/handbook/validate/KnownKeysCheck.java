package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import dev.handbook.parse.PageHeader;
import dev.handbook.yaml.YamlEntry;
import java.util.ArrayList;
import java.util.List;

/** {@code unknown-key}: a front matter key that neither the page format nor the schema knows. */
final class KnownKeysCheck implements PageCheck {

    static final List<String> PRODUCT_KEYS = List.of("maturity", "origin", "stage", "waivers", ReviewCheck.KEY);

    @Override
    public void check(PageContext context, Diagnostics out) {
        boolean product = context.page().kind() == dev.handbook.parse.PageKind.PRODUCT;
        boolean team = context.page().kind() == dev.handbook.parse.PageKind.TEAM;
        for (YamlEntry entry : context.frontMatter().entries()) {
            if (team && TeamClaim.KEYS.contains(entry.key())) {
                continue;
            }
            // a schema may declare thousands of characteristics: asked by key, never scanned
            boolean productKey = PRODUCT_KEYS.contains(entry.key())
                    || context.schema().characteristic(entry.key()).isPresent();
            if (!product && productKey) {
                out.warning(
                        context.path(),
                        entry.keyPosition(),
                        Rule.UNKNOWN_KEY,
                        "`" + entry.key()
                                + "` only counts on a product page; add `type: product` to check this page as a product");
            } else if (!productKey && !PageHeader.ALL_KEYS.contains(entry.key())) {
                out.warning(
                        context.path(),
                        entry.keyPosition(),
                        Rule.UNKNOWN_KEY,
                        "`" + entry.key()
                                + "` is not a front matter key" + Suggestions.didYouMean(entry.key(), known(context))
                                + "; remove it, or declare it as a characteristic in site.yml's schema");
            }
        }
    }

    /** Every key a page may hold, in the order suggestions prefer. */
    private static List<String> known(PageContext context) {
        List<String> known = new ArrayList<>(PageHeader.ALL_KEYS);
        known.addAll(PRODUCT_KEYS);
        known.addAll(context.schema().characteristicKeys());
        return known;
    }
}
