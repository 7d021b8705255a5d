package dev.handbook.jbake;

import dev.handbook.parse.AddressBook;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedPage;
import java.io.File;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

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

    @Override
    public void crawl() {
        Parser parser = new Parser(config);
        for (ParsedPage page : context.handbook().pages()) {
            if (page.kind() == PageKind.HOME) {
                continue;
            }
            File file = context.fileOf(page);
            DocumentModel document = parser.processFile(file);
            document.setUri(page.outputPath());
            document.setSourceUri(page.path());
            document.setFile(file.getPath());
            document.setRootPath(AddressBook.rootOf(page.outputPath()));
            context.enqueue(document);
        }
    }

    @Override
    public void crawlDataFiles() {
        // a handbook has no JBake data folder
    }
}
