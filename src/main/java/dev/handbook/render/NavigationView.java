package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.PageOptions;
import dev.handbook.parse.ParsedPage;
import dev.handbook.parse.SourceNavigation;
import dev.handbook.render.view.NavLink;
import dev.handbook.render.view.SidebarGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guides' navigation: a sidebar grouped by content folder (a folder's index.md is its
 * landing page), breadcrumbs, and previous/next links in sidebar order. A docs folder's own
 * navigation shapes it: GitBook's SUMMARY.md lists its sections and pages first, in its order and
 * with its labels; a Docusaurus {@code _category_} file names, places, folds and links its folder.
 * Unlisted pages are left out.
 */
final class NavigationView {

    /** A sidebar entry: a page and the label it shows there. */
    private record Entry(ParsedPage page, String label) {}

    /** A sidebar group: a SUMMARY.md section or a content folder. */
    private record Group(String title, Entry landing, List<Entry> items) {}

    private final List<Group> groups = new ArrayList<>();
    private final List<Entry> order = new ArrayList<>();
    private final Map<ParsedPage, Integer> orderIndex = new java.util.IdentityHashMap<>();
    private final Map<String, ParsedPage> landings = new LinkedHashMap<>();
    private final Map<String, ParsedPage> byDocId = new HashMap<>();
    /** Output paths of the pages the sidebar lists, which it marks as current on their own page. */
    private final Set<String> listed = new HashSet<>();
    /** The sidebar of a page it does not list depends only on the page's folder: made once per folder. */
    private final Map<String, List<SidebarGroup>> sidebarsByFolder = new ConcurrentHashMap<>();

    NavigationView(Handbook handbook) {
        handbook.pages().forEach(page -> byDocId.putIfAbsent(page.source().docId(), page));
        SourceNavigation source = handbook.navigation();
        Set<ParsedPage> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (SourceNavigation.Section section : source.summary()) {
            List<Entry> items = new ArrayList<>();
            for (SourceNavigation.Entry entry : section.entries()) {
                ParsedPage page = handbook.pageAt(entry.path());
                if (page != null && !unlisted(page) && placed.add(page)) {
                    items.add(new Entry(page, label(page, entry.label())));
                }
            }
            groups.add(new Group(section.title().isEmpty() ? "Pages" : section.title(), null, items));
        }
        folderGroups(handbook, source, placed);
        for (Group group : groups) {
            if (group.landing != null) {
                order.add(group.landing);
            }
            order.addAll(group.items);
        }
        for (int i = 0; i < order.size(); i++) {
            orderIndex.putIfAbsent(order.get(i).page, i);
            listed.add(order.get(i).page.outputPath());
        }
    }

    /** The guides no SUMMARY.md placed, by folder: the root first, then by position, then by name. */
    private void folderGroups(Handbook handbook, SourceNavigation source, Set<ParsedPage> placed) {
        Map<String, List<ParsedPage>> byFolder = new LinkedHashMap<>();
        for (ParsedPage guide : handbook.guides()) {
            if (placed.contains(guide) || unlisted(guide)) {
                continue;
            }
            String folder = guide.source().sourceFolder();
            SourceNavigation.Category category = source.categories().get(folder);
            boolean linked = category != null
                    && category.linkDoc() != null
                    && category.linkDoc().equals(guide.source().docId());
            boolean index = guide.source().baseName().equals("index")
                    && guide.source().header().slug() == null;
            if ((linked || index && (category == null || category.linkDoc() == null && !category.linkNone()))
                    && !landings.containsKey(folder)) {
                landings.put(folder, guide);
            } else {
                byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(guide);
            }
        }
        landings.keySet().forEach(folder -> byFolder.computeIfAbsent(folder, f -> new ArrayList<>()));
        Comparator<String> folders = Comparator.comparing((String f) -> !f.isEmpty())
                .thenComparingDouble(f -> position(f, source))
                .thenComparing(Comparator.naturalOrder());
        for (String folder : byFolder.keySet().stream().sorted(folders).toList()) {
            SourceNavigation.Category category = source.categories().get(folder);
            ParsedPage landing = landings.get(folder);
            String title = category != null && category.label() != null
                    ? category.label()
                    : landing != null ? label(landing, null) : humanize(folder);
            groups.add(new Group(
                    title,
                    landing == null ? null : new Entry(landing, label(landing, null)),
                    byFolder.get(folder).stream()
                            .map(page -> new Entry(page, label(page, null)))
                            .toList()));
        }
    }

    /** A folder's category position, else its landing page's sidebar position, else after those. */
    private double position(String folder, SourceNavigation source) {
        SourceNavigation.Category category = source.categories().get(folder);
        if (category != null && category.position() != null) {
            return category.position();
        }
        ParsedPage landing = landings.get(folder);
        Double position = landing == null ? null : landing.source().header().sidebarPosition();
        return position == null ? Double.MAX_VALUE : position;
    }

    private static boolean unlisted(ParsedPage page) {
        return page.source().header().options().unlisted();
    }

    /** {@code sidebar_label}, else the label SUMMARY.md gives, else the title. */
    private static String label(ParsedPage page, String summaryLabel) {
        String label = page.source().header().options().sidebarLabel();
        return label != null ? label : summaryLabel != null && !summaryLabel.isBlank() ? summaryLabel : page.title();
    }

    List<SidebarGroup> sidebar(String from) {
        if (listed.contains(from)) {
            return sidebarOf(from);
        }
        return sidebarsByFolder.computeIfAbsent(
                from.substring(0, from.lastIndexOf('/') + 1), folder -> sidebarOf(from));
    }

    /**
     * Every folder as a section with its link (its landing page, else its first page); only the
     * section of the page's own folder lists its pages, so a page's sidebar grows with its
     * section, not with the site.
     */
    private List<SidebarGroup> sidebarOf(String from) {
        List<SidebarGroup> views = new ArrayList<>();
        for (Group group : groups) {
            boolean current =
                    group.landing != null && group.landing.page.outputPath().equals(from);
            boolean expanded = current
                    || group.items.stream()
                            .anyMatch(entry -> entry.page.outputPath().equals(from));
            List<NavLink> items = expanded
                    ? group.items.stream()
                            .map(entry -> link(entry.page, entry.label, from))
                            .toList()
                    : List.of();
            String target = group.landing != null
                    ? group.landing.page.outputPath()
                    : group.items.isEmpty() ? null : group.items.get(0).page.outputPath();
            views.add(new SidebarGroup(
                    group.title,
                    target != null ? AddressBook.relativeUrl(from, target) : "",
                    current,
                    expanded,
                    items));
        }
        return views;
    }

    /** Home, then the folder's landing page, then the page itself (without a link). */
    List<NavLink> breadcrumbs(ParsedPage page) {
        List<NavLink> crumbs = new ArrayList<>();
        crumbs.add(new NavLink("Home", AddressBook.relativeUrl(page.outputPath(), "index.html"), false));
        ParsedPage landing = landings.get(page.source().sourceFolder());
        if (landing != null && landing != page) {
            crumbs.add(link(landing, landing.title(), page.outputPath()));
        } else if (page.kind() == dev.handbook.parse.PageKind.PRODUCT) {
            crumbs.add(new NavLink("Products", AddressBook.relativeUrl(page.outputPath(), "products.html"), false));
        }
        crumbs.add(new NavLink(page.title(), "", true));
        return crumbs;
    }

    Optional<NavLink> previous(ParsedPage page) {
        return neighbour(page, page.source().header().options().previous(), -1);
    }

    Optional<NavLink> next(ParsedPage page) {
        return neighbour(page, page.source().header().options().next(), 1);
    }

    /** The page {@code pagination_next}/{@code _prev} names, none for {@code null}, else the sidebar's neighbour. */
    private Optional<NavLink> neighbour(ParsedPage page, String asked, int step) {
        ParsedPage target = null;
        if (asked.equals(PageOptions.NONE)) {
            return Optional.empty();
        }
        if (!asked.equals(PageOptions.DEFAULT)) {
            target = byDocId.get(asked);
        }
        if (target == null) {
            Integer index = orderIndex.get(page);
            int at = index == null ? -1 : index + step;
            target = index != null && at >= 0 && at < order.size() ? order.get(at).page : null;
        }
        if (target == null || target == page) {
            return Optional.empty();
        }
        String label = target.source().header().options().paginationLabel();
        return Optional.of(link(target, label != null ? label : label(target, null), page.outputPath()));
    }

    private static NavLink link(ParsedPage page, String label, String from) {
        return new NavLink(
                label,
                AddressBook.relativeUrl(from, page.outputPath()),
                page.outputPath().equals(from));
    }

    private static String humanize(String folder) {
        String name = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.isEmpty() ? "Pages" : dev.handbook.text.Labels.humanize(name);
    }
}
