package dev.handbook.validate;

import dev.handbook.config.Schema;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.ContentFiles;
import dev.handbook.parse.ParsedPage;
import dev.handbook.yaml.YamlMap;
import java.time.LocalDate;
import java.util.Map;

/**
 * A page and what a check may look up about the rest of the handbook.
 *
 * @param claim what a product page claims, read once for every check; null for other pages
 */
record PageContext(
        ParsedPage page,
        ProductClaim claim,
        Schema schema,
        ContentFiles files,
        Map<String, ParsedPage> pagesByPath,
        Map<String, ParsedPage> productsBySlug,
        LocalDate today,
        AddressBook addresses) {

    String path() {
        return page.sourcePath();
    }

    YamlMap frontMatter() {
        return page.source().frontMatter();
    }
}
