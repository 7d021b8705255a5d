package dev.handbook.render;

import java.util.function.Supplier;

/**
 * A file of the site that is not a templated page, made only when it is written: the files of a
 * big handbook are made on every core, alongside its pages.
 *
 * @param path    site-relative path
 * @param content makes the file's text
 */
public record DataFile(String path, Supplier<String> content) {}
