package dev.handbook.jbake;

import java.io.File;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset copier, limited to the content files the scan accepted: a symbolic link that
 * leads outside the content folder is never followed into the site.
 */
final class HandbookAsset extends Asset {

    private final BakeContext context;

    HandbookAsset(JBakeConfiguration config, BakeContext context) {
        super(config);
        this.context = context;
    }

    @Override
    public void copyAssetsFromContent(File path) {
        context.files().files().stream().filter(file -> !file.endsWith(".md")).sorted()
                .forEach(file -> copySingleFile(context.contentDir().resolve(file).toFile()));
    }
}
