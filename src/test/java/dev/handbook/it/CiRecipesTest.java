package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.DatedRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
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
                        "diff --base \"origin/$GITHUB_BASE_REF\" --head HEAD --format markdown > handbook-diff.md",
                        "build --output public",
                        "check --format junit > handbook-junit.xml",
                        "build --output public",
                        "diff --base \"$CI_MERGE_REQUEST_DIFF_BASE_SHA\" --format markdown > handbook-diff.md"),
                recipeCommands());
    }

    @Test
    void everyRecipeCommandSucceedsOnACleanHandbook() throws Exception {
        Path source = Fixtures.copy("only-content", temp);
        pullRequest(source, "");
        for (String command : recipeCommands()) {
            Fixtures.Run run = run(command, source);
            assertEquals(0, run.exitCode(), command + "\n" + run.err());
            if (command.startsWith("diff")) {
                assertTrue(run.out().startsWith("### Handbook: "), run.out());
            }
        }
        assertTrue(Files.isRegularFile(source.resolve("public/index.html")));
    }

    @Test
    void theDiffStepNamesWhatAPullRequestBroke() throws Exception {
        Path source = Fixtures.copy("only-content", temp);
        String page = pullRequest(source, "maturity: [prototype\n");
        for (String command : recipeCommands()) {
            if (command.startsWith("diff")) {
                Fixtures.Run run = run(command, source);
                assertEquals(0, run.exitCode(), command + "\n" + run.err());
                assertTrue(run.out().contains("new error"), run.out());
                assertTrue(run.out().contains("- `" + page + ":"), run.out());
            }
        }
    }

    /**
     * Makes the handbook a repository as a pull request's checkout is: the default branch at
     * origin/main, one commit on top of it that adds a product page.
     *
     * @return the page the pull request adds, relative to the handbook folder
     */
    private static String pullRequest(Path source, String brokenLine) throws Exception {
        String base;
        try (DatedRepo repo = DatedRepo.init(source)) {
            base = repo.commit(LocalDate.parse("2026-05-01"), "the handbook as it is");
        }
        try (Git git = Git.open(source.toFile())) {
            RefUpdate origin = git.getRepository().updateRef("refs/remotes/origin/main");
            origin.setNewObjectId(ObjectId.fromString(base));
            origin.update();
        }
        String page = "content/products/mooring.md";
        Files.createDirectories(source.resolve(page).getParent());
        Files.writeString(source.resolve(page), """
                ---
                title: Mooring
                type: product
                maturity: idea
                mission: Mooring keeps visiting boats tied up safely overnight.
                owner: Harbour Office
                alignment: direct
                alignment_note: A boat that stays put is a boat that is not lost.
                """ + brokenLine + "---\n\nRings and ropes.\n");
        try (DatedRepo repo = DatedRepo.open(source)) {
            repo.commit(LocalDate.parse("2026-05-02"), "a new product");
        }
        baseSha = base;
        return page;
    }

    private static String baseSha;

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
        String withVariables = withoutRedirect
                .replace("\"origin/$GITHUB_BASE_REF\"", "origin/main")
                .replace("\"$CI_MERGE_REQUEST_DIFF_BASE_SHA\"", baseSha == null ? "HEAD" : baseSha);
        List<String> args = new ArrayList<>(Arrays.asList(withVariables.split(" ")));
        args.add(1, "--source");
        args.add(2, source.toString());
        int output = args.indexOf("--output");
        if (output >= 0) {
            args.set(output + 1, source.resolve(args.get(output + 1)).toString());
        }
        return Fixtures.cli(args.toArray(String[]::new));
    }
}
