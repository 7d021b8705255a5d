package dev.handbook.render;

import dev.handbook.text.TextBuffer;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The FreeMarker templates of a handbook, configured once: a file in the handbook's templates/
 * folder overrides its embedded twin of the same name; output is HTML with auto-escaping on,
 * in a fixed locale and time zone. Thread-safe.
 */
public final class TemplateSet {

    /** Where the default templates live inside the jar. */
    public static final String EMBEDDED = "/dev/handbook/templates";

    private final Configuration configuration;

    /** @param userTemplates the handbook's templates/ folder; it need not exist */
    public TemplateSet(Path userTemplates) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(viewWrapper());
        configuration.setTemplateLoader(loader(userTemplates));
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.US);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // a template set serves one bake: its templates are not looked at again for changes
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    public void render(String templateName, Map<String, Object> data, Writer out)
            throws IOException, TemplateException {
        Template template = configuration.getTemplate(templateName);
        if (out instanceof TextBuffer) {
            template.process(data, out);
            return;
        }
        TextBuffer page = new TextBuffer();
        template.process(data, page);
        page.writeTo(out);
    }

    private static ObjectWrapper viewWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        builder.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.METHOD_ONLY);
        return new ViewWrapper(builder);
    }

    /**
     * Views are records (render.view): a template reads a record component, or a view's other
     * zero-argument method, as {@code ${product.mission}} as well as {@code ${product.mission()}}.
     * An optional view is the view when present and an empty hash when not, so
     * {@code previous?has_content} is false and a macro given {@code previous} still gets a value.
     */
    private static final class ViewWrapper extends DefaultObjectWrapper {

        private static final Map<String, Object> NONE = Map.of();

        ViewWrapper(DefaultObjectWrapperBuilder settings) {
            super(settings, true);
        }

        @Override
        public TemplateModel wrap(Object object) throws TemplateModelException {
            if (object instanceof Optional<?> optional) {
                return super.wrap(optional.isPresent() ? optional.get() : NONE);
            }
            return super.wrap(object);
        }
    }

    private static TemplateLoader loader(Path userTemplates) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(userTemplates)) {
            try {
                loaders.add(ReadableTemplateLoader.of(userTemplates));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateSet.class, EMBEDDED));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }
}
