package dev.handbook.maven;

import dev.handbook.build.SiteBuilder;
import dev.handbook.config.ConfigException;
import dev.handbook.run.RunOptions;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code handbook:bake}: validates the handbook, then renders the site into the output folder;
 * with errors nothing is rendered and the previous site stays as it was.
 */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BakeMojo extends HandbookMojo {

    /** Where the site goes. */
    @Parameter(property = "handbook.output", defaultValue = "${project.build.directory}/site", required = true)
    File output;

    @Override
    void run(Path source, LocalDate date, ReportLog report)
            throws ConfigException, MojoExecutionException, MojoFailureException {
        quietJBake();
        report.baked(new SiteBuilder()
                .build(RunOptions.of(source, date).withOutput(output.toPath()).withStrict(strict)));
    }

    /**
     * JBake logs through SLF4J, which inside Maven is Maven's own log: progress, warnings about
     * engines we replace on purpose, and stack traces for failures the outcome already reports
     * as one line each. Unless the user asked for them ({@code -Dorg.slf4j.simpleLogger.log.org.jbake=info}),
     * they stay out of the build log.
     */
    private static void quietJBake() {
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.jbake", "off");
    }
}
