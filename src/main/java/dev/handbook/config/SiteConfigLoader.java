package dev.handbook.config;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.files.BoundedRead;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns site.yml (or its absence) into a {@link SiteConfig}. Any problem is a {@link ConfigException}. */
public final class SiteConfigLoader {

    public static final String FILE_NAME = "site.yml";
    private static final String DEFAULT_SCHEMA = "default-schema.yml";
    /** Far above the million characters the YAML reader accepts, so that one speaks first. */
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final List<String> KEYS = List.of(
            "title",
            "base_url",
            "mission",
            "repository",
            "paths",
            "markdown",
            "schema",
            "severity",
            "strict",
            "limits",
            "static",
            "favicon",
            "theme_color",
            "owners",
            "campaigns");
    private static final java.util.regex.Pattern FAVICON =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._/-]*\\.(svg|png|ico)");
    private static final java.util.regex.Pattern COLOUR = java.util.regex.Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final List<String> PATH_KEYS = List.of("content", "templates", "assets");
    private static final List<String> MARKDOWN_KEYS = List.of("raw_html");

    /** The schema that ships inside the jar: the product model of DOMAIN.md. */
    public static Schema defaultSchema() {
        try (InputStream in = SiteConfigLoader.class.getResourceAsStream(DEFAULT_SCHEMA)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Diagnostics diagnostics = new Diagnostics();
            YamlMap root = (YamlMap)
                    new YamlReader(DEFAULT_SCHEMA, 1, diagnostics).read(text).orElseThrow();
            Schema schema = new SchemaReader(new YamlFields(DEFAULT_SCHEMA, Rule.CONFIG, diagnostics)).read(root, null);
            if (!diagnostics.isEmpty()) {
                throw new IllegalStateException("embedded schema is broken: " + diagnostics.sorted());
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema a site.yml's text gives (the default one when it gives none), or empty when that
     * schema cannot be read as written: how an older version of site.yml is judged, quietly, since
     * a past mistake is no finding of today's build.
     */
    public static Optional<Schema> schemaOf(String siteYml) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlNode> node = new YamlReader(FILE_NAME, 1, diagnostics).read(siteYml);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        if (node.isEmpty()) {
            return Optional.of(defaultSchema());
        }
        if (!(node.get() instanceof YamlMap root)) {
            return Optional.empty();
        }
        Schema schema = schema(root, new YamlFields(FILE_NAME, Rule.CONFIG, diagnostics));
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(schema);
    }

    /**
     * site.yml read and the folders it names checked: each root the build reads must lie inside the
     * source folder with its links resolved ({@link SourceRoots}).
     */
    public SiteConfig load(Path sourceDir) throws ConfigException {
        SourceRoots roots = SourceRoots.of(sourceDir);
        Diagnostics diagnostics = new Diagnostics();
        Optional<String> unusable = roots.fileProblem(FILE_NAME);
        if (unusable.isPresent()) {
            diagnostics.error(FILE_NAME, Position.START, Rule.CONFIG, unusable.get());
            throw new ConfigException(diagnostics.sorted());
        }
        Path file = sourceDir.resolve(FILE_NAME);
        YamlMap root = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? readRoot(file, diagnostics) : emptyMap();
        SiteConfig config = interpret(root, new YamlFields(FILE_NAME, Rule.CONFIG, diagnostics));
        for (String folder : List.of(config.contentDir(), config.templatesDir(), config.assetsDir())) {
            roots.folderProblem(folder)
                    .ifPresent(problem -> diagnostics.error(folder, Position.START, Rule.CONFIG, problem));
        }
        checkFavicon(config, root, roots, sourceDir, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new ConfigException(diagnostics.sorted());
        }
        return config;
    }

    /** The favicon must be a file the build will publish: inside the content folder, there, and readable. */
    private static void checkFavicon(
            SiteConfig config, YamlMap root, SourceRoots roots, Path sourceDir, Diagnostics diagnostics) {
        String favicon = config.look().favicon();
        if (favicon.isEmpty()) {
            return;
        }
        String relative = config.contentDir() + "/" + favicon;
        Position at = root.get("favicon").map(YamlNode::position).orElse(Position.START);
        Optional<String> problem = roots.fileProblem(relative);
        if (problem.isPresent()) {
            diagnostics.error(FILE_NAME, at, "config", problem.get());
        } else if (!Files.isRegularFile(sourceDir.resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(
                    FILE_NAME,
                    at,
                    "missing-file",
                    "`favicon` names " + relative + ", which does not exist; put the icon there or correct the path");
        }
    }

    private static YamlMap readRoot(Path file, Diagnostics diagnostics) throws ConfigException {
        String text = readUtf8(file, diagnostics);
        Optional<YamlNode> node = new YamlReader(FILE_NAME, 1, diagnostics).read(text);
        if (diagnostics.hasErrors()) {
            throw new ConfigException(diagnostics.sorted());
        }
        if (node.isEmpty()) {
            return emptyMap();
        }
        if (!(node.get() instanceof YamlMap map)) {
            diagnostics.error(
                    FILE_NAME,
                    node.get().position(),
                    Rule.CONFIG,
                    "site.yml must be a map of keys such as `title:` and `mission:`");
            throw new ConfigException(diagnostics.sorted());
        }
        return map;
    }

    private static String readUtf8(Path file, Diagnostics diagnostics) throws ConfigException {
        try {
            Optional<byte[]> read = BoundedRead.of(file, Files.size(file), MAX_BYTES);
            if (read.isEmpty()) {
                diagnostics.error(
                        FILE_NAME,
                        Position.START,
                        Rule.CONFIG,
                        "site.yml is larger than " + (MAX_BYTES / (1024 * 1024))
                                + " MiB; no configuration needs that much");
                throw new ConfigException(diagnostics.sorted());
            }
            byte[] bytes = read.get();
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            diagnostics.error(
                    FILE_NAME, Position.START, Rule.ENCODING, "site.yml is not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            diagnostics.error(FILE_NAME, Position.START, Rule.CONFIG, "site.yml cannot be read: " + e.getMessage());
        }
        throw new ConfigException(diagnostics.sorted());
    }

    private SiteConfig interpret(YamlMap root, YamlFields reader) {
        reader.rejectUnknownKeys(root, KEYS, "site.yml");
        YamlMap paths = reader.map(root, "paths").orElse(emptyMap());
        reader.rejectUnknownKeys(paths, PATH_KEYS, "`paths`");
        YamlMap markdown = reader.map(root, "markdown").orElse(emptyMap());
        reader.rejectUnknownKeys(markdown, MARKDOWN_KEYS, "`markdown`");
        Schema schema = schema(root, reader);
        return new SiteConfig(
                reader.text(root, "title").orElse("Product handbook"),
                url(root, "base_url", reader).orElse(""),
                reader.text(root, "mission").orElse(""),
                url(root, "repository", reader).orElse(null),
                folder(paths, "content", reader),
                folder(paths, "templates", reader),
                assetsFolder(root, paths, reader),
                rawHtml(markdown, reader),
                schema,
                new SeverityPolicy(
                        severities(root, reader), reader.bool(root, "strict").orElse(false)),
                new LimitsReader(reader).read(root),
                look(root, reader),
                freeOwners(root, reader),
                new CampaignsReader(reader, schema).read(root));
    }

    /** {@code owners: teams} (the default) or {@code owners: free}. */
    private static boolean freeOwners(YamlMap root, YamlFields reader) {
        String owners = reader.text(root, "owners").orElse("teams");
        if (!owners.equals("teams") && !owners.equals("free")) {
            reader.error(
                    root.get("owners").orElseThrow().position(),
                    "`owners` must be teams (an owner names a team page, once there is one) "
                            + "or free (an owner may be any text)");
        }
        return owners.equals("free");
    }

    private static SiteConfig.Look look(YamlMap root, YamlFields reader) {
        String favicon = reader.text(root, "favicon").orElse("");
        if (!favicon.isEmpty() && (!FAVICON.matcher(favicon).matches() || favicon.contains(".."))) {
            reader.error(
                    root.get("favicon").orElseThrow().position(),
                    "`favicon` must be an .svg, .png or .ico file "
                            + "under the content folder, written as its path there, like `favicon: images/icon.svg`");
            favicon = "";
        }
        String colour = reader.text(root, "theme_color").orElse("");
        if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
            reader.error(
                    root.get("theme_color").orElseThrow().position(),
                    "`theme_color` must be a colour written as #rrggbb, like `theme_color: \"#0b5cad\"`");
            colour = "";
        }
        return new SiteConfig.Look(favicon, colour);
    }

    private static RawHtml rawHtml(YamlMap markdown, YamlFields reader) {
        return markdown.get("raw_html")
                .map(node -> RawHtml.of(node).orElseGet(() -> {
                    reader.error(
                            node.position(),
                            "`raw_html` must be sanitize, escape or trusted "
                                    + "(true and false, its earlier values, mean trusted and escape)");
                    return RawHtml.DEFAULT;
                }))
                .orElse(RawHtml.DEFAULT);
    }

    private static Schema schema(YamlMap root, YamlFields reader) {
        Schema base = defaultSchema();
        Optional<YamlMap> node = reader.map(root, "schema");
        if (node.isEmpty()) {
            return base;
        }
        try {
            return new SchemaReader(reader).read(node.get(), base);
        } catch (IllegalArgumentException e) {
            reader.error(node.get().position(), "the schema cannot be used: " + e.getMessage());
            return base;
        }
    }

    /** Links built from these land in every page, so only web addresses (or a site path) are accepted. */
    private static Optional<String> url(YamlMap root, String key, YamlFields reader) {
        return reader.text(root, key).filter(url -> {
            boolean ok = url.isEmpty()
                    || url.startsWith("https://")
                    || url.startsWith("http://")
                    || (url.startsWith("/") && !url.startsWith("//"));
            if (!ok) {
                reader.error(
                        root.get(key).orElseThrow().position(),
                        "`" + key + "` must be an http(s):// address or a path starting with /, not `" + url + "`");
            }
            return ok;
        });
    }

    private static String folder(YamlMap paths, String key, YamlFields reader) {
        return folder(paths, key, "paths." + key, key, reader);
    }

    /**
     * The folder published at the site root: {@code paths.assets}, or {@code static:} (Docusaurus's
     * static folder, where root-absolute links such as {@code /img/a.png} lead). Either way one folder.
     */
    private static String assetsFolder(YamlMap root, YamlMap paths, YamlFields reader) {
        Optional<YamlNode> staticFolder = root.get("static");
        if (staticFolder.isEmpty()) {
            return folder(paths, "assets", reader);
        }
        if (paths.get("assets").isPresent()) {
            reader.error(
                    staticFolder.get().position(),
                    "`static` and `paths.assets` both name the folder "
                            + "published at the site root; keep one of them");
            return folder(paths, "assets", reader);
        }
        return folder(root, "static", "static", "assets", reader);
    }

    /** @param label how the key is named in messages; @param fallback the folder used when the value is refused */
    private static String folder(YamlMap map, String key, String label, String fallback, YamlFields reader) {
        String value = reader.text(map, key).orElse(fallback);
        if (value.isBlank()
                || value.startsWith("/")
                || value.contains("..")
                || value.contains("\\")
                || value.equals(".")
                || value.startsWith("./")) {
            reader.error(
                    map.get(key).map(YamlNode::position).orElse(map.position()),
                    "`" + label + "` must be a folder inside the source folder, like `" + fallback + "`");
            return fallback;
        }
        if (value.startsWith(".") || value.contains("/.")) {
            reader.error(
                    map.get(key).orElseThrow().position(),
                    "`" + label + "` names a hidden folder (`" + value
                            + "`), whose files are never read or published; use a folder like `" + fallback + "`");
            return fallback;
        }
        return value;
    }

    /** {@code severity: {rule-id: error|warning|off}}, as far as each rule of the registry allows. */
    private static Map<Rule, SeverityPolicy.Level> severities(YamlMap root, YamlFields reader) {
        Map<Rule, SeverityPolicy.Level> result = new LinkedHashMap<>();
        reader.map(root, "severity").ifPresent(map -> {
            List<YamlEntry> unregistered = map.entries().stream()
                    .filter(e -> Rule.byId(e.key()).isEmpty())
                    .toList();
            reader.rejectUnknownKeys(
                    new YamlMap(unregistered, map.position()),
                    Rule.adjustableIds().stream().sorted().toList(),
                    "`severity` (rule ids)");
            map.entries()
                    .forEach(entry -> Rule.byId(entry.key()).ifPresent(rule -> {
                        if (rule == Rule.RESERVED_ADDRESS) {
                            reader.error(
                                    entry.keyPosition(),
                                    "the severity of `" + rule.id() + "` cannot be changed: the "
                                            + "site cannot publish a page where it publishes one of its own; move or rename the page");
                        } else if (rule.adjustable() == Rule.Adjustable.NEVER) {
                            reader.error(
                                    entry.keyPosition(),
                                    "the severity of `" + rule.id() + "` cannot be changed: it "
                                            + "stops the run before there is anything to check or publish");
                        } else {
                            reader.asText(entry.value(), entry.key())
                                    .ifPresent(word -> level(rule, word, entry.value(), reader)
                                            .ifPresent(level -> result.put(rule, level)));
                        }
                    }));
        });
        return result;
    }

    private static Optional<SeverityPolicy.Level> level(Rule rule, String word, YamlNode at, YamlFields reader) {
        Optional<SeverityPolicy.Level> level = SeverityPolicy.Level.of(word);
        if (level.isEmpty()) {
            reader.error(
                    at.position(), "severity of `" + rule.id() + "` must be error, warning or off, not `" + word + "`");
        } else if (level.get() == SeverityPolicy.Level.OFF && rule.adjustable() == Rule.Adjustable.NOT_OFF) {
            reader.error(
                    at.position(),
                    "`" + rule.id() + "` cannot be turned off: it reports "
                            + "a page that cannot be read, which would otherwise vanish from the site unseen");
            return Optional.empty();
        }
        return level;
    }

    private static YamlMap emptyMap() {
        return new YamlMap(List.of(), Position.START);
    }
}
