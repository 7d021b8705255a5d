package dev.handbook.maven;

import dev.handbook.config.ConfigException;
import dev.handbook.serve.LivePreview;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn handbook:serve}: the live preview of the command line's {@code serve}, until Ctrl-C.
 * Bound to no phase: it runs only when asked for.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public final class ServeMojo extends AbstractMojo {

    /** The handbook folder: the one that holds site.yml and content/. */
    @Parameter(property = "handbook.source", defaultValue = "${project.basedir}", required = true)
    File source;

    /** The port to listen on (0 picks a free one). */
    @Parameter(property = "handbook.port", defaultValue = "8080")
    int port;

    /** The address to listen on; loopback unless you mean to share the preview. */
    @Parameter(property = "handbook.host", defaultValue = "127.0.0.1")
    String host;

    /** The date waivers are judged against, yyyy-MM-dd (default: today, UTC). */
    @Parameter(property = "handbook.today")
    String today;

    @Override
    public void execute() throws MojoExecutionException {
        LocalDate date = HandbookMojo.date(today);
        try (LivePreview preview =
                new LivePreview(source.toPath(), host, port, date, new PrintStream(System.err, true))) {
            preview.run();
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> getLog().error(d.toText()));
            throw new MojoExecutionException("the handbook in " + source + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("the preview cannot start: " + e.getMessage(), e);
        }
    }
}
