package dev.handbook.jbake;

import dev.handbook.parse.ContentFiles;
import java.io.File;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset copier under the same rules as content: hidden files and symbolic links are never
 * published, from the content folder (only files the scan accepted) or from the assets folder.
 */
final class HandbookAsset extends Asset {

    private final BakeContext context;
    private final JBakeConfiguration config;

    HandbookAsset(JBakeConfiguration config, BakeContext context) {
        super(config);
        this.context = context;
        this.config = config;
    }

    private JBakeConfiguration config() {
        return config;
    }

    @Override
    public void copy() {
        copy(config().getAssetFolder());
    }

    @Override
    public void copy(File path) {
        java.nio.file.Path root = path.toPath();
        dev.handbook.files.FileTree.files(root).stream()
                .filter(file -> !hidden(root.relativize(file)))
                .forEach(file -> copySingleFile(file.toFile()));
    }

    private static boolean hidden(java.nio.file.Path relative) {
        for (java.nio.file.Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void copyAssetsFromContent(File path) {
        context.files().files().stream().filter(file -> !ContentFiles.isPage(file)).sorted()
                .forEach(file -> copySingleFile(context.contentDir().resolve(file).toFile()));
    }
}
