package dev.handbook.jbake;

import dev.handbook.parse.AddressBook;
import dev.handbook.parse.ParsedPage;
import dev.handbook.render.SitePage;
import java.io.File;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * JBake's crawler for a handbook: it walks the validated pages (never the raw folder, so nothing
 * is dropped silently), parses each through JBake's engine registry, and queues the documents
 * for {@link HandbookPagesRenderer} instead of JBake's database, whose per-document queries
 * make large sites quadratic.
 */
final class HandbookCrawler extends Crawler {

    private final JBakeConfiguration config;
    private final BakeContext context;

    HandbookCrawler(ContentStore db, JBakeConfiguration config, BakeContext context) {
        super(db, config);
        this.config = config;
        this.context = context;
    }

    /** Every page to render, in plan order; made on all cores, as a big handbook has thousands. */
    @Override
    public void crawl() {
        HandbookMarkupEngine engine = new HandbookMarkupEngine();
        // JBake's own index renderer bakes the home page
        context.crawled(context.plan().pages().parallelStream()
                .filter(page -> page.kind() != SitePage.Kind.HOME && !context.isReused(page))
                .map(page -> switch (page.kind()) {
                    case PRODUCT, GUIDE, TEAM ->
                        fromContent(engine, context.handbook().pageAt(page.key()));
                    default -> generated(page);
                })
                .toList());
    }

    /** Our engine, asked directly: JBake's parser would look it up in JBake's global engine map. */
    private DocumentModel fromContent(HandbookMarkupEngine engine, ParsedPage page) {
        File file = context.fileOf(page);
        DocumentModel document = engine.parse(config, file);
        document.setUri(page.outputPath());
        document.setSourceUri(page.path());
        document.setFile(file.getPath());
        document.setRootPath(AddressBook.rootOf(page.outputPath()));
        return document;
    }

    /** Dashboards, listings and owner pages have no source file; JBake renders them like any document. */
    private static DocumentModel generated(SitePage page) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(page.kind().typeName());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setUri(page.outputPath());
        document.setSourceUri(page.outputPath());
        document.setRootPath(AddressBook.rootOf(page.outputPath()));
        document.setDate(new java.util.Date(0));
        document.put(BakeContext.SITE_PAGE, page.outputPath());
        return document;
    }

    @Override
    public void crawlDataFiles() {
        // a handbook has no JBake data folder
    }
}
