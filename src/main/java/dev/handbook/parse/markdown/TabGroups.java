package dev.handbook.parse.markdown;

/** Tabs written one after another (MkDocs {@code ===}, a lone {@code <TabItem>}) form one set. */
final class TabGroups {

    private TabGroups() {}

    static void group(Tab tab) {
        if (tab.getParent() instanceof TabSet) {
            return;
        }
        if (!tab.startsNewSet() && tab.getPrevious() instanceof TabSet before && before.getLastChild() instanceof Tab) {
            before.appendChild(tab);
            return;
        }
        TabSet set = new TabSet();
        set.setSourceSpans(tab.getSourceSpans());
        tab.insertBefore(set);
        set.appendChild(tab);
    }
}
