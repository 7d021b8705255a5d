package dev.handbook.jbake;

import dev.handbook.render.SitePage;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine for {@code .ftlh} files: FreeMarker with HTML auto-escaping, templates
 * from the handbook's templates/ folder over the embedded defaults, and the handbook's own view
 * of each page as the data model.
 */
public final class HandbookTemplateEngine extends AbstractTemplateEngine {

    static final String MASTER_INDEX = "masterindex";

    public HandbookTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        BakeContext context = BakeContext.of(config);
        if (context == null) {
            throw new RenderingException("the handbook template engine only renders handbooks: " + templateName);
        }
        Map<String, Object> data = context.dataFor(page(context, model.getContent()));
        try {
            context.templates().render(templateName, data, writer);
        } catch (TemplateException e) {
            throw new BakeFailure(List.of(TemplateProblem.describe(e)), List.of());
        } catch (IOException e) {
            throw new RenderingException("template " + templateName + " cannot be read: " + e.getMessage());
        }
    }

    private static SitePage page(BakeContext context, DocumentModel content) throws RenderingException {
        String output = MASTER_INDEX.equals(content.getType())
                ? "index.html"
                : String.valueOf(content.get(BakeContext.SITE_PAGE));
        SitePage page = context.sitePage(output);
        if (page == null) {
            throw new RenderingException("no handbook page behind " + content.getUri());
        }
        return page;
    }
}
