package dev.handbook.render.view;

import java.util.List;

/** A sidebar group; {@code items} is empty unless the group is the page's own ({@code expanded}). */
public record SidebarGroup(String title, String href, boolean current, boolean expanded, List<NavLink> items) {}
