package dev.handbook.parse.markdown;

import org.commonmark.node.CustomBlock;

/** The title line of a {@link Callout}; its children are inline Markdown. */
public final class CalloutTitle extends CustomBlock {}
