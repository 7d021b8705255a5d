package dev.handbook.parse;

/** What a content file is: the site's home text, a product page, or a guide page. */
public enum PageKind {
    HOME,
    PRODUCT,
    GUIDE
}
