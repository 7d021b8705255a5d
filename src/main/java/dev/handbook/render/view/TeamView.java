package dev.handbook.render.view;

import java.util.List;
import java.util.Optional;

/** A team page's team: who, where to reach it, where it sits, its products and what it does next. */
public record TeamView(
        String title,
        String slug,
        List<String> members,
        String channel,
        Optional<TeamLink> parent,
        List<TeamLink> children,
        List<ProductRow> products,
        List<RolledUpTeam> rolledUp,
        TodoView todo) {}
