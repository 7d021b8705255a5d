package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;

/** One family of rules applied to one page at a time. */
interface PageCheck {

    void check(PageContext context, Diagnostics out);
}
