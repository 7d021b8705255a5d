package dev.handbook.scaffold;

import dev.handbook.config.ConfigException;
import dev.handbook.config.Schema;
import dev.handbook.config.SiteConfig;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Suggestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Creates new pages in a handbook: a product page shaped by the handbook's own schema (site.yml
 * included), or a guide page placed last in the sidebar. Never overwrites a file.
 */
public final class Scaffold {

    static final String PRODUCTS = "products";
    static final String GUIDES = "guides";

    private final SiteConfigLoader loader = new SiteConfigLoader();

    /**
     * Writes {@code content/products/SLUG.md} for a product called {@code name}.
     *
     * @param maturity the level it claims, or null for the schema's first level
     * @return the file written
     */
    public Path newProduct(Path sourceDir, String name, String maturity) throws ScaffoldException, ConfigException {
        SiteConfig config = load(sourceDir);
        Schema schema = config.schema();
        String level = maturity == null ? schema.levels().get(0) : maturity.trim();
        if (schema.levelIndex(level) < 0) {
            throw new ScaffoldException(
                    "`" + level + "` is not a maturity level" + Suggestions.didYouMean(level, schema.levels())
                            + "; use one of " + String.join(", ", schema.levels()));
        }
        Path file = pageFile(sourceDir, config, PRODUCTS, name);
        return write(file, new ProductPage(name.strip(), level, schema).text());
    }

    /** Writes {@code content/guides/SLUG.md}, one place below the last guide in the sidebar; returns the file. */
    public Path newGuide(Path sourceDir, String title) throws ScaffoldException, ConfigException {
        SiteConfig config = load(sourceDir);
        Path file = pageFile(sourceDir, config, GUIDES, title);
        int position = new SidebarPositions().next(sourceDir.resolve(config.contentDir()), config.contentDir(), GUIDES);
        return write(file, new GuidePage(title.strip(), position).text());
    }

    private SiteConfig load(Path sourceDir) throws ScaffoldException, ConfigException {
        if (!Files.isDirectory(sourceDir)) {
            throw new ScaffoldException("the source folder " + sourceDir + " does not exist");
        }
        return loader.load(sourceDir);
    }

    private static Path pageFile(Path sourceDir, SiteConfig config, String folder, String name)
            throws ScaffoldException {
        Slug slug = Slug.fromName(name)
                .orElseThrow(() -> new ScaffoldException(
                        "cannot make a file name from `" + name + "`: it needs at least one letter or digit"));
        return sourceDir
                .resolve(config.contentDir())
                .resolve(folder)
                .resolve(slug.fileName())
                .normalize();
    }

    private static Path write(Path file, String text) throws ScaffoldException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(
                    file + " already exists and was left as it is; edit it, or choose another " + "name");
        } catch (IOException e) {
            throw new ScaffoldException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
