package dev.handbook.parse.markdown;

import org.commonmark.node.CustomBlock;

/** Tabs (MDX {@code <Tabs>}, MkDocs {@code === "Label"}, GitBook {@code {% tabs %}}): its children are {@link Tab}s. */
public final class TabSet extends CustomBlock {}
