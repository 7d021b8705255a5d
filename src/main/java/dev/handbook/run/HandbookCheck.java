package dev.handbook.run;

import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Severity;
import dev.handbook.model.Handbook;
import dev.handbook.model.ModelBuilder;
import dev.handbook.parse.ContentParser;
import dev.handbook.parse.ParsedContent;
import dev.handbook.validate.Rule;
import dev.handbook.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The core pipeline up to the model: site.yml, then parse, validate and model. Writes nothing. */
public final class HandbookCheck {

    public CheckResult run(Path sourceDir, LocalDate today) throws ConfigException {
        if (!Files.isDirectory(sourceDir)) {
            throw usage("the source folder " + sourceDir + " does not exist");
        }
        SiteConfig config = new SiteConfigLoader(Rule.ids()).load(sourceDir);
        Path contentDir = sourceDir.resolve(config.contentDir());
        if (!Files.isDirectory(contentDir)) {
            throw usage("there is no content folder at " + contentDir + "; create it and put Markdown pages in it");
        }
        ParsedContent content = new ContentParser(config.rawHtml()).parse(contentDir, config.contentDir());
        List<Diagnostic> diagnostics = new Validator(config, today).validate(content);
        Handbook handbook = new ModelBuilder(config, today).build(content);
        return new CheckResult(sourceDir, config, handbook, content.files(), diagnostics, content.filesRead());
    }

    private static ConfigException usage(String message) {
        return new ConfigException(List.of(new Diagnostic(".", Position.START, Severity.ERROR, "usage", message)));
    }
}
