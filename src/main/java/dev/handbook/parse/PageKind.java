package dev.handbook.parse;

/** What a content file is: the site's home text, a product page, a team page, or a guide page. */
public enum PageKind {
    HOME,
    PRODUCT,
    TEAM,
    GUIDE
}
