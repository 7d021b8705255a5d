package dev.handbook.jbake;

import dev.handbook.render.RenderQueue;
import dev.handbook.render.SitePage;
import java.io.File;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * JBake rendering tool for a handbook's pages: hands every crawled page, rendered through JBake's
 * {@link Renderer}, to render's {@link RenderQueue} with the data files and the embedded
 * stylesheet. Does nothing in a bake that is not a handbook's.
 */
public final class HandbookPagesRenderer implements RenderingTool {

    /** What a code block that names its language carries in its HTML (commonmark's class on its code element). */
    static final String CODE_MARKER = "class=\"language-";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeContext context = BakeContext.of(config);
        if (context == null) {
            return 0;
        }
        List<DocumentModel> documents = context.crawled();
        RenderQueue queue = new RenderQueue(context.site());
        queue.reuse(context.previousFolder(), context.reused());
        queue.writeStaticFiles(context.preview(), needsHighlighting(context, documents));
        queue.add(() -> prepareShared(context));
        documents.stream()
                .filter(document -> !isContent(document))
                .forEach(document -> queue.add(() -> render(renderer, document, queue)));
        context.dataFiles().forEach(queue::add);
        documents.stream()
                .filter(HandbookPagesRenderer::isContent)
                .forEach(document -> queue.add(() -> render(renderer, document, queue)));
        queue.run();
        if (queue.hasFailed()) {
            throw new BakeFailure(queue.findings(), queue.failures());
        }
        return documents.size();
    }

    private static boolean isContent(DocumentModel document) {
        String type = document.getType();
        return SitePage.Kind.PRODUCT.typeName().equals(type)
                || SitePage.Kind.GUIDE.typeName().equals(type)
                || SitePage.Kind.TEAM.typeName().equals(type);
    }

    private static void render(Renderer renderer, DocumentModel document, RenderQueue queue) {
        try {
            renderer.render(document);
        } catch (Exception e) {
            BakeFailure.in(e)
                    .ifPresentOrElse(
                            failure -> {
                                queue.failed(failure.located());
                                failure.output().forEach(queue::failed);
                            },
                            () -> queue.failed(rootMessage(e)));
        }
    }

    private static void prepareShared(BakeContext context) {
        try {
            context.prepareShared();
        } catch (RuntimeException e) {
            // each page that needs it meets the same problem and reports it as that page's failure
        }
    }

    @Override
    public int render(
            Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return 0;
    }

    /** JBake wraps the template engine's one-line message; unwrap to it. */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /**
     * Whether a page of the site has a code block that names its language: one baked now, or one
     * reused from the previous site when that site had the highlighter. Only then is the 125 KB
     * highlighter published, so a site without code (or with a small limits.file) never carries it.
     */
    private static boolean needsHighlighting(BakeContext context, List<DocumentModel> documents) {
        if (documents.parallelStream()
                .anyMatch(d -> d.getBody() != null && d.getBody().contains(CODE_MARKER))) {
            return true;
        }
        return !context.reused().isEmpty()
                && context.previousFolder() != null
                && java.nio.file.Files.isRegularFile(context.previousFolder().resolve("assets/highlight.min.js"));
    }
}
