package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every handbook.jar command in README's CI recipes works, run against a fixture handbook. */
class CiRecipesTest {

    private static final String JAR = "java -jar target/handbook.jar ";

    @TempDir
    Path temp;

    static List<String> recipeCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String recipes = readme.substring(readme.indexOf("## CI recipes"), readme.indexOf("## Safety"));
        List<String> commands = new ArrayList<>();
        for (String line : recipes.split("\n")) {
            int at = line.indexOf(JAR);
            if (at >= 0) {
                commands.add(line.substring(at + JAR.length()).trim());
            }
        }
        return commands;
    }

    @Test
    void theRecipesHoldTheCommandsThisTestRuns() throws IOException {
        assertEquals(
                List.of(
                        "check --format github",
                        "check --format junit > handbook-junit.xml",
                        "build --output public",
                        "check --format junit > handbook-junit.xml",
                        "build --output public"),
                recipeCommands());
    }

    @Test
    void everyRecipeCommandSucceedsOnACleanHandbook() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        for (String command : recipeCommands()) {
            Fixtures.Run run = run(command, source);
            assertEquals(0, run.exitCode(), command + "\n" + run.err());
        }
        assertTrue(Files.isRegularFile(source.resolve("public/index.html")));
    }

    @Test
    void recipesFailThePipelineAndReportEachErrorOnABrokenHandbook() throws IOException {
        Path source = Fixtures.copy("yaml-error", temp);
        Fixtures.Run github = run("check --format github", source);
        assertEquals(1, github.exitCode());
        assertTrue(github.out().startsWith("::error file=content/products/broken.md,line=6,"), github.out());
        Fixtures.Run junit = run("check --format junit > handbook-junit.xml", source);
        assertEquals(1, junit.exitCode());
        assertTrue(junit.out().contains("<failure type=\"yaml-syntax\""), junit.out());
        assertEquals(1, run("build --output public", source).exitCode());
    }

    /** Runs a recipe line in the handbook's folder: relative paths resolve there, "> file" is dropped. */
    private static Fixtures.Run run(String command, Path source) {
        String withoutRedirect = command.contains(">")
                ? command.substring(0, command.indexOf('>')).trim()
                : command;
        List<String> args = new ArrayList<>(Arrays.asList(withoutRedirect.split(" ")));
        args.add(1, "--source");
        args.add(2, source.toString());
        int output = args.indexOf("--output");
        if (output >= 0) {
            args.set(output + 1, source.resolve(args.get(output + 1)).toString());
        }
        return Fixtures.cli(args.toArray(String[]::new));
    }
}
