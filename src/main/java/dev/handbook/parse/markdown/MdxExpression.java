package dev.handbook.parse.markdown;

import org.commonmark.node.CustomNode;

/** A JSX expression ({@code {props.version}}) or MDX comment in the text: nothing of it is shown. */
public final class MdxExpression extends CustomNode {}
