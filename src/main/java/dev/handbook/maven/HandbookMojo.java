package dev.handbook.maven;

import dev.handbook.config.ConfigException;
import dev.handbook.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the parameters that mirror the command line's options, turned into
 * values once, and a configuration problem (site.yml, a missing folder) turned into BUILD ERROR.
 */
abstract class HandbookMojo extends AbstractMojo {

    /** The handbook folder: the one that holds site.yml and content/. */
    @Parameter(property = "handbook.source", defaultValue = "${project.basedir}", required = true)
    File source;

    /** How findings are reported besides the log: text, json, junit, github or sarif. */
    @Parameter(property = "handbook.format", defaultValue = "text", required = true)
    String format;

    /** Warnings fail the build too (as {@code strict: true} in site.yml does). */
    @Parameter(property = "handbook.strict", defaultValue = "false")
    boolean strict;

    /** The date waivers and {@code enforced_from} are judged against, yyyy-MM-dd (default: today, UTC). */
    @Parameter(property = "handbook.today")
    String today;

    /** Skips the goal. */
    @Parameter(property = "handbook.skip", defaultValue = "false")
    boolean skip;

    /** Where report files (json, junit, sarif) are written. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        java.util.Locale.setDefault(java.util.Locale.ROOT); // heading anchors must not depend on the machine
        if (skip) {
            getLog().info("handbook: skipped");
            return;
        }
        ReportLog report = new ReportLog(getLog(), reportFormat(), buildDirectory.toPath());
        try {
            run(source.toPath(), date(today), report);
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> getLog().error(d.toText()));
            throw new MojoExecutionException("the handbook in " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** One call of the core, its result handed to the report. */
    abstract void run(Path source, LocalDate date, ReportLog report)
            throws ConfigException, MojoExecutionException, MojoFailureException;

    private ReportFormat reportFormat() throws MojoExecutionException {
        try {
            return ReportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("unknown format " + format + "; use text, json, junit, github or sarif");
        }
    }

    static LocalDate date(String today) throws MojoExecutionException {
        try {
            return today == null || today.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("today must be a date, yyyy-MM-dd: " + today);
        }
    }
}
