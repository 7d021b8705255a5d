package dev.handbook.jbake;

import dev.handbook.text.TextBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * memory and encoded in one pass.
 */
final class HandbookRenderer extends Renderer {

    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;
    private final HandbookTemplateEngine pageEngine;
    private final Path destination;
    private final Map<String, String> templateByType = new ConcurrentHashMap<>();
    private final MadeFolders folders;

    /** @param folders the bake's output folders made so far */
    HandbookRenderer(ContentStore store, JBakeConfiguration config, MadeFolders folders) {
        this(store, config, new DelegatingTemplateEngine(store, config), folders);
    }

    private HandbookRenderer(ContentStore store, JBakeConfiguration config, DelegatingTemplateEngine engine,
                             MadeFolders folders) {
        super(store, config, engine);
        this.config = config;
        this.engine = engine;
        this.pageEngine = new HandbookTemplateEngine(config, store);
        this.destination = config.getDestinationFolder().toPath();
        this.folders = folders;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        Path file = destination.resolve(content.getUri());
        folders.ensure(file.getParent());
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setRenderer(engine);
        TextBuffer page = new TextBuffer();
        // Straight to our engine, which is the one for every handbook page's template: JBake's
        // delegating engine would copy its whole configuration into the model (our templates never
        // read it) and look for the template file under every extension it knows, for every page.
        pageEngine.renderDocument(model, templateByType.computeIfAbsent(content.getType(), config::getTemplateByDocType), page);
        writeNew(file, page.utf8());
    }

    /**
     * A new file with these bytes, in one write call: {@code Files.write} hands a page to the
     * file system in 8 KiB pieces, a dozen calls for a big listing and two for most pages.
     */
    private static void writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
