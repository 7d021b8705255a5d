package dev.handbook.jbake;

import dev.handbook.output.SiteWriter;
import dev.handbook.text.TextBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's renderer with one change for a handbook's pages: a bake always goes to a fresh staging
 * folder, so each page is written with a single open of a new file. JBake's own renderer first
 * looks for a draft and an older copy of every page and creates each file before opening it,
 * five extra file system calls per page that ten thousand pages notice. Pages are rendered in
 * memory, no further than the largest file the site may hold, and encoded in one pass; every
 * page, the home page included, is written through the bake's {@link SiteWriter}, which counts it.
 */
final class HandbookRenderer extends Renderer {

    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;
    private final HandbookTemplateEngine pageEngine;
    private final Map<String, String> templateByType = new ConcurrentHashMap<>();
    private final SiteWriter site;

    /** @param site where the bake's files go */
    HandbookRenderer(ContentStore store, JBakeConfiguration config, SiteWriter site) {
        this(store, config, new DelegatingTemplateEngine(store, config), site);
    }

    private HandbookRenderer(
            ContentStore store, JBakeConfiguration config, DelegatingTemplateEngine engine, SiteWriter site) {
        super(store, config, engine);
        this.config = config;
        this.engine = engine;
        this.pageEngine = new HandbookTemplateEngine(config, store);
        this.site = site;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        write(site.root().resolve(content.getUri()), content);
    }

    /** The home page, which JBake's index renderer asks for by file name. */
    @Override
    public void renderIndex(String indexFile) throws Exception {
        DocumentModel content = new DocumentModel();
        content.setType(HandbookTemplateEngine.MASTER_INDEX);
        content.setRootPath("");
        write(site.root().resolve(indexFile), content);
    }

    private void write(Path file, DocumentModel content) throws Exception {
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setRenderer(engine);
        TextBuffer page = new TextBuffer(site.characterLimit());
        try {
            // Straight to our engine, which is the one for every handbook page's template: JBake's
            // delegating engine would copy its whole configuration into the model (our templates never
            // read it) and look for the template file under every extension it knows, for every page.
            pageEngine.renderDocument(
                    model, templateByType.computeIfAbsent(content.getType(), config::getTemplateByDocType), page);
        } catch (Exception e) {
            throw page.tooLong() ? site.tooLarge(file) : e;
        }
        if (page.tooLong()) {
            throw site.tooLarge(file); // a template that caught the stop and went on
        }
        site.write(file, page.utf8());
    }
}
