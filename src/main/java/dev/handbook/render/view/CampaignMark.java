package dev.handbook.render.view;

/** A campaign asking for a matrix column's characteristic, from a level, by a deadline. */
public record CampaignMark(String title, String deadline, String from, String href) {}
