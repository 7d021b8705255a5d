package dev.handbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handbook build|check|diff|serve|new|explain}: the command line, kept at the edge. */
@Command(
        name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a product handbook and holds every product page to the maturity it claims.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_CONTENT, Main.EXIT_USAGE, Main.EXIT_INTERNAL},
        subcommands = {
            Main.Build.class,
            Main.Check.class,
            DiffCommand.class,
            ServeCommand.class,
            NewCommand.class,
            ExplainCommand.class
        })
public final class Main implements Runnable {

    static final String EXIT_OK = " 0:fine (warnings allowed)";
    static final String EXIT_CONTENT = " 1:the handbook has errors, or the site could not be rendered";
    static final String EXIT_USAGE = " 2:usage or configuration error (bad option, bad site.yml, missing folder)";
    static final String EXIT_INTERNAL = "70:unexpected internal failure, a bug (--debug prints its trace)";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Lifeline.watchIfRelaunched();
        System.exit(Relaunch.ifUseful(args).orElseGet(() -> run(System.out, System.err, args)));
    }

    /** Runs a command line and returns its exit code, printing to the given streams. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Runner runner = new Runner(out, err);
        CommandLine commandLine =
                new CommandLine(new Main(), new Factory(runner, new AuthorRunner(out, err), out, err));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> Runner.unexpected(e, false, false, err));
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a command: build, check, diff, serve, new or explain");
    }

    @Command(
            name = "build",
            mixinStandardHelpOptions = true,
            description = "Validate the handbook, then render the site (nothing is rendered when there are errors).",
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_INTERNAL})
    static final class Build implements Callable<Integer> {
        private final Runner runner;

        @Mixin
        CommonOptions options;

        @Option(
                names = "--output",
                paramLabel = "DIR",
                description = "Where the site goes (default: SOURCE/target/site).")
        Path output;

        Build(Runner runner) {
            this.runner = runner;
        }

        @Override
        public Integer call() {
            return runner.build(options, output);
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Validate the handbook; write nothing.",
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_INTERNAL})
    static final class Check implements Callable<Integer> {
        private final Runner runner;

        @Mixin
        CommonOptions options;

        Check(Runner runner) {
            this.runner = runner;
        }

        @Override
        public Integer call() {
            return runner.check(options);
        }
    }

    /** Hands each command the runner that prints to this invocation's streams. */
    private record Factory(Runner runner, AuthorRunner author, PrintStream out, PrintStream err)
            implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == Build.class) {
                return type.cast(new Build(runner));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(err));
            }
            if (type == DiffCommand.class) {
                return type.cast(new DiffCommand(out, err));
            }
            if (type == Check.class) {
                return type.cast(new Check(runner));
            }
            if (type == NewCommand.Product.class) {
                return type.cast(new NewCommand.Product(author));
            }
            if (type == NewCommand.Guide.class) {
                return type.cast(new NewCommand.Guide(author));
            }
            if (type == ExplainCommand.class) {
                return type.cast(new ExplainCommand(author));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"handbook " + (version == null ? "development build" : version)};
        }
    }
}
