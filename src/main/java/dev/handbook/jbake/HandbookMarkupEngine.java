package dev.handbook.jbake;

import dev.handbook.parse.ParsedPage;
import dev.handbook.render.SitePage;
import java.io.File;
import java.util.Date;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;

/**
 * JBake's markup engine for .md (and .mdx) files, replacing JBake's own header format and flexmark with the
 * handbook's YAML front matter and commonmark-java. The page was parsed and validated before the
 * bake began, so this hands JBake that result instead of reading the file again.
 */
public final class HandbookMarkupEngine extends MarkupEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BakeContext context = BakeContext.of(config);
        if (context == null) {
            throw new IllegalStateException("the handbook markup engine only bakes handbooks: " + file);
        }
        ParsedPage page = context.pageForFile(file);
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(kindOf(page).typeName());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setTitle(page.title());
        document.setBody(page.body().html());
        document.setDate(Date.from(page.source().lastModified()));
        document.setTags(page.source().header().tags().toArray(String[]::new));
        document.put(BakeContext.SITE_PAGE, page.outputPath());
        return document;
    }

    private static SitePage.Kind kindOf(ParsedPage page) {
        return switch (page.kind()) {
            case PRODUCT -> SitePage.Kind.PRODUCT;
            case TEAM -> SitePage.Kind.TEAM;
            default -> SitePage.Kind.GUIDE;
        };
    }
}
