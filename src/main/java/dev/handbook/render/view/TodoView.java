package dev.handbook.render.view;

import java.util.List;

/** "What to do next": the first items in order, and how many more were left out. */
public record TodoView(List<TodoItemView> items, int more) {}
