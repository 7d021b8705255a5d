/**
 * What templates see: one public record per view, read by FreeMarker through its accessors
 * ({@code ${product.mission}} calls {@code mission()}; see render.TemplateSet for the wrapper).
 * A record component is a template variable: its name is the name templates use, and README's
 * "Templates" table documents it. To give templates something new, add a component to the record
 * (and, for {@link ProductRow}, the matching default method in {@link WithProductRow}), fill it
 * where the record is made, and add it to README. Records only: no live model objects, links
 * already relative to the page, {@code ""} or an empty list for "none" unless a component says
 * it may be null; a view that may be absent is an {@code Optional}, which templates see as the
 * view or as an empty hash.
 */
package dev.handbook.render.view;
