package dev.handbook.maven;

import dev.handbook.build.SiteBuilder;
import dev.handbook.config.ConfigException;
import dev.handbook.run.HandbookCheck;
import dev.handbook.run.RunOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code handbook:check}: validates the handbook and writes nothing but an optional report; errors fail the build. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends HandbookMojo {

    @Override
    void run(Path source, LocalDate date, ReportLog report)
            throws ConfigException, MojoExecutionException, MojoFailureException {
        SiteBuilder.recoverDefaultOutput(source);
        report.checked(new HandbookCheck().check(RunOptions.of(source, date).withStrict(strict)));
    }
}
