package dev.handbook.cli;

import dev.handbook.config.ConfigException;
import dev.handbook.diag.Printable;
import dev.handbook.serve.LivePreview;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code handbook serve}: the live preview, on loopback unless told otherwise. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Bake the handbook into SOURCE/target/preview, serve it, and rebuild what a change affects "
                    + "whenever content/, templates/ or site.yml change; open pages reload by themselves.",
            "Problems do not stop the preview: each page shows its own in a banner. Ctrl-C stops it."
        })
final class ServeCommand implements Callable<Integer> {

    private final PrintStream err;

    @Option(names = "--source", paramLabel = "DIR", description = "The handbook folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "The port to listen on (default: 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on (default: 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date waivers are judged against.")
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

    ServeCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() {
        try (LivePreview preview = new LivePreview(source, host, port, today, err)) {
            Thread main = Thread.currentThread();
            Thread stop = new Thread(main::interrupt, "handbook-preview-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            preview.run();
            return ExitCode.OK.code;
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> err.println(d.toText()));
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            err.println(Printable.line("error: the preview cannot start: " + e.getMessage()));
            return ExitCode.USAGE.code;
        }
    }
}
