package dev.handbook.jbake;

import dev.handbook.files.InputTree;
import dev.handbook.output.SiteWriter;
import dev.handbook.parse.ContentFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset copier under the same rules as content: hidden files and symbolic links are never
 * published, from the content folder (only files the scan accepted) or from the assets folder
 * (only files {@link InputTree} lets the build read: no special files, nothing of a pseudo file
 * system).
 * Every copy goes through the bake's {@link SiteWriter}, so a huge or endless file stops at the
 * limit; once the site stopped taking files, nothing more is copied.
 */
final class HandbookAsset extends Asset {

    private final BakeContext context;
    private final JBakeConfiguration config;
    private final List<Throwable> errors = new ArrayList<>();

    HandbookAsset(JBakeConfiguration config, BakeContext context) {
        super(config);
        this.context = context;
        this.config = config;
    }

    @Override
    public void copy() {
        copy(config.getAssetFolder());
    }

    @Override
    public void copy(File path) {
        Path root = path.toPath();
        InputTree.of(root, "assets").files().stream()
                .filter(file -> !hidden(root.relativize(file)))
                .forEach(file -> copy(file, root.relativize(file).toString()));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void copyAssetsFromContent(File path) {
        context.files().files().stream()
                .filter(file -> !ContentFiles.isPage(file))
                .sorted()
                .forEach(file -> copy(context.contentDir().resolve(file), file));
    }

    @Override
    public List<Throwable> getErrors() {
        return List.copyOf(errors);
    }

    private void copy(Path file, String sitePath) {
        SiteWriter site = context.site();
        if (site.stopped().isPresent()) {
            return;
        }
        try {
            site.copy(file, site.root().resolve(sitePath));
        } catch (SiteWriter.Stopped e) {
            errors.add(e);
        } catch (IOException e) {
            errors.add(new IOException("cannot copy " + sitePath + " into the site: " + e.getMessage()));
        }
    }
}
