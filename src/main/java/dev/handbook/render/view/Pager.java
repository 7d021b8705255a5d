package dev.handbook.render.view;

import java.util.List;

/** Links to the numbered pages of a split listing. */
public record Pager(List<PagerPage> pages, int number, int count) {

    /** One numbered page. */
    public record PagerPage(int number, String href, boolean current) {}
}
