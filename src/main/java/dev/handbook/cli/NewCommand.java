package dev.handbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code handbook new product|guide}: start a page from the handbook's own schema. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Create a page to fill in: a product page or a guide page. Never overwrites a file.",
        subcommands = {NewCommand.Product.class, NewCommand.Guide.class})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to create: product or guide");
    }

    @Command(
            name = "product",
            mixinStandardHelpOptions = true,
            description = {
                "Write content/products/SLUG.md with every characteristic its maturity requires as a "
                        + "commented TODO; the page fails `check` until they are filled in.",
                "Prints the file written."
            })
    static final class Product implements Callable<Integer> {
        private final AuthorRunner runner;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "The product's name, e.g. \"Tide Gauge\".")
        List<String> name;

        @Option(
                names = "--maturity",
                paramLabel = "LEVEL",
                description = "The maturity it claims (default: the schema's first level: idea, unless site.yml "
                        + "changes the levels).")
        String maturity;

        @Option(
                names = "--source",
                paramLabel = "DIR",
                description = "The handbook folder (default: the current folder).")
        Path source = Path.of(".");

        Product(AuthorRunner runner) {
            this.runner = runner;
        }

        @Override
        public Integer call() {
            return runner.newProduct(source, String.join(" ", name), maturity);
        }
    }

    @Command(
            name = "guide",
            mixinStandardHelpOptions = true,
            description = {
                "Write content/guides/SLUG.md, placed after the last guide in the sidebar.",
                "Prints the file written."
            })
    static final class Guide implements Callable<Integer> {
        private final AuthorRunner runner;

        @Parameters(arity = "1..*", paramLabel = "TITLE", description = "The guide's title.")
        List<String> title;

        @Option(
                names = "--source",
                paramLabel = "DIR",
                description = "The handbook folder (default: the current folder).")
        Path source = Path.of(".");

        Guide(AuthorRunner runner) {
            this.runner = runner;
        }

        @Override
        public Integer call() {
            return runner.newGuide(source, String.join(" ", title));
        }
    }
}
