package dev.handbook.render;

import dev.handbook.files.InputTree;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handbook's templates/ folder as FreeMarker sees it, but only the files the build may read
 * ({@link InputTree}): a named pipe or a link out of the folder is not a template,
 * so the embedded one of that name is used instead (and the check has reported it).
 */
final class ReadableTemplateLoader implements TemplateLoader {

    private final FileTemplateLoader files;
    private final Set<String> readable;

    private ReadableTemplateLoader(FileTemplateLoader files, Set<String> readable) {
        this.files = files;
        this.readable = readable;
    }

    static ReadableTemplateLoader of(Path folder) throws IOException {
        InputTree tree = InputTree.of(folder, "templates");
        Set<String> readable = ConcurrentHashMap.newKeySet();
        tree.walk(new InputTree.Visitor() {
            @Override
            public void file(Path file, BasicFileAttributes attributes) {
                readable.add(name(tree, file));
            }

            @Override
            public void link(Path link) {
                tree.follow(link).file().ifPresent(file -> readable.add(name(tree, link)));
            }
        });
        return new ReadableTemplateLoader(new FileTemplateLoader(folder.toFile()), Set.copyOf(readable));
    }

    private static String name(InputTree tree, Path file) {
        return tree.root().relativize(file).toString().replace('\\', '/');
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return readable.contains(name) ? files.findTemplateSource(name) : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        return files.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return files.getReader(templateSource, encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        files.closeTemplateSource(templateSource);
    }
}
