package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.ParsedPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guides' navigation: a sidebar grouped by content folder (a folder's index.md is its
 * landing page), breadcrumbs, and previous/next links in sidebar order.
 */
final class NavigationView {

    private final List<ParsedPage> order = new ArrayList<>();
    private final Map<String, List<ParsedPage>> byFolder = new LinkedHashMap<>();
    private final Map<String, ParsedPage> landings = new LinkedHashMap<>();
    private final List<String> folderOrder;
    /** Output paths of the pages the sidebar lists, which it marks as current on their own page. */
    private final Set<String> listed = new HashSet<>();
    /** The sidebar of a page it does not list depends only on the page's folder: made once per folder. */
    private final Map<String, List<Map<String, Object>>> sidebarsByFolder = new ConcurrentHashMap<>();

    NavigationView(Handbook handbook) {
        for (ParsedPage guide : handbook.guides()) {
            listed.add(guide.outputPath());
            String folder = guide.source().folder();
            if (guide.source().baseName().equals("index") && guide.source().header().slug() == null) {
                landings.put(folder, guide);
            } else {
                byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(guide);
            }
        }
        landings.keySet().forEach(folder -> byFolder.computeIfAbsent(folder, f -> new ArrayList<>()));
        folderOrder = groups();
        folderOrder.forEach(folder -> {
            if (landings.containsKey(folder)) {
                order.add(landings.get(folder));
            }
            order.addAll(byFolder.get(folder));
        });
    }

    /** Folders in order: the root first, then by their landing page's position, then by name. */
    private List<String> groups() {
        return byFolder.keySet().stream().sorted((a, b) -> {
            if (a.isEmpty() || b.isEmpty()) {
                return a.isEmpty() ? (b.isEmpty() ? 0 : -1) : 1;
            }
            return Integer.compare(position(a), position(b)) != 0 ? Integer.compare(position(a), position(b))
                    : a.compareTo(b);
        }).toList();
    }

    private int position(String folder) {
        ParsedPage landing = landings.get(folder);
        Integer position = landing == null ? null : landing.source().header().sidebarPosition();
        return position == null ? Integer.MAX_VALUE : position;
    }

    List<Map<String, Object>> sidebar(String from) {
        if (listed.contains(from)) {
            return sidebarOf(from);
        }
        return sidebarsByFolder.computeIfAbsent(from.substring(0, from.lastIndexOf('/') + 1), folder -> sidebarOf(from));
    }

    /**
     * Every folder as a section with its link (its landing page, else its first page); only the
     * section of the page's own folder lists its pages, so a page's sidebar grows with its
     * section, not with the site.
     */
    private List<Map<String, Object>> sidebarOf(String from) {
        String own = from.substring(0, from.lastIndexOf('/') + 1);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String folder : folderOrder) {
            groups.add(group(folder, from, folder.equals(own)));
        }
        return groups;
    }

    private Map<String, Object> group(String folder, String from, boolean expanded) {
        ParsedPage landing = landings.get(folder);
        List<ParsedPage> pages = byFolder.get(folder);
        ParsedPage target = landing != null ? landing : pages.isEmpty() ? null : pages.get(0);
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("title", landing != null ? landing.title() : humanize(folder));
        group.put("href", target != null ? AddressBook.relativeUrl(from, target.outputPath()) : "");
        group.put("current", landing != null && landing.outputPath().equals(from));
        group.put("expanded", expanded);
        group.put("items", expanded ? pages.stream().map(page -> link(page, from)).toList() : List.of());
        return group;
    }

    /** Home, then the folder's landing page, then the page itself (without a link). */
    List<Map<String, Object>> breadcrumbs(ParsedPage page) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(Map.of("title", "Home", "href", AddressBook.relativeUrl(page.outputPath(), "index.html")));
        ParsedPage landing = landings.get(page.source().folder());
        if (landing != null && landing != page) {
            crumbs.add(link(landing, page.outputPath()));
        } else if (page.kind() == dev.handbook.parse.PageKind.PRODUCT) {
            crumbs.add(Map.of("title", "Products", "href", AddressBook.relativeUrl(page.outputPath(), "products.html")));
        }
        crumbs.add(Map.of("title", page.title(), "href", ""));
        return crumbs;
    }

    Map<String, Object> previous(ParsedPage page) {
        int index = order.indexOf(page);
        return index > 0 ? link(order.get(index - 1), page.outputPath()) : Map.of();
    }

    Map<String, Object> next(ParsedPage page) {
        int index = order.indexOf(page);
        return index >= 0 && index + 1 < order.size() ? link(order.get(index + 1), page.outputPath()) : Map.of();
    }

    private static Map<String, Object> link(ParsedPage page, String from) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", page.title());
        link.put("href", AddressBook.relativeUrl(from, page.outputPath()));
        link.put("current", page.outputPath().equals(from));
        return link;
    }

    private static String humanize(String folder) {
        String name = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.isEmpty() ? "Pages" : dev.handbook.text.Labels.humanize(name);
    }
}
