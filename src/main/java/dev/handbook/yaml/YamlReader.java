package dev.handbook.yaml;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.text.LoneSurrogates;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into position-aware nodes without ever constructing Java objects from tags,
 * with bounded aliases, nesting and size. Problems become diagnostics, never exceptions.
 */
public final class YamlReader {

    /** Largest YAML text accepted, in code points. */
    public static final int MAX_CODE_POINTS = 1_000_000;

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 40;

    static final Map<Tag, YamlScalar.Kind> SCALAR_KINDS = Map.of(
            Tag.STR, YamlScalar.Kind.STRING,
            Tag.NULL, YamlScalar.Kind.NULL,
            Tag.BOOL, YamlScalar.Kind.BOOL,
            Tag.INT, YamlScalar.Kind.INT,
            Tag.FLOAT, YamlScalar.Kind.FLOAT,
            Tag.TIMESTAMP, YamlScalar.Kind.DATE);

    private final String path;
    private final int firstLine;
    private final Diagnostics diagnostics;
    private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param path      the file, relative to the source folder, for diagnostics
     * @param firstLine the 1-based file line on which the YAML text starts
     */
    public YamlReader(String path, int firstLine, Diagnostics diagnostics) {
        this.path = path;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    /** The document's root, or empty when the text is blank or broken (then a diagnostic says why). */
    public Optional<YamlNode> read(String yaml) {
        Optional<YamlNode> plain = PlainYaml.read(yaml, firstLine);
        return plain.isPresent() ? plain : readWithSnakeYaml(yaml);
    }

    /** {@link #read} without the fast path for plain front matter, which must agree with it wherever it accepts. */
    Optional<YamlNode> readWithSnakeYaml(String yaml) {
        try {
            Node root = compose(yaml);
            return root == null ? Optional.empty() : Optional.ofNullable(convert(root, 1));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            diagnostics.error(path, position(mark), Rule.YAML_SYNTAX, describe(e));
        } catch (YAMLException e) {
            diagnostics.error(
                    path,
                    new Position(firstLine, 1),
                    Rule.YAML_SYNTAX,
                    "YAML could not be read: " + firstSentence(e.getMessage()));
        }
        return Optional.empty();
    }

    private static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Composer composer = new Composer(
                new ParserImpl(new StreamReader(new StringReader(yaml)), options), new Resolver(), options);
        return composer.getSingleNode();
    }

    private YamlNode convert(Node node, int depth) {
        YamlNode done = converted.get(node);
        if (done != null) {
            return done;
        }
        if (depth > MAX_DEPTH || !inProgress.add(node)) {
            // an alias inside its own anchor (`x: &a [*a]`) would nest forever
            diagnostics.error(
                    path,
                    position(node.getStartMark()),
                    Rule.YAML_SYNTAX,
                    "this value nests too deeply or refers to itself through an alias; write it out plainly");
            return null;
        }
        YamlNode result = null;
        if (node instanceof ScalarNode scalar) {
            result = scalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
            result = list(sequence, depth);
        } else if (node instanceof MappingNode mapping) {
            result = map(mapping, depth);
        }
        inProgress.remove(node);
        if (result != null) {
            converted.put(node, result);
        }
        return result;
    }

    private YamlNode scalar(ScalarNode node) {
        YamlScalar.Kind kind = SCALAR_KINDS.get(node.getTag());
        if (kind == null) {
            unsupportedTag(node);
            kind = YamlScalar.Kind.STRING;
        }
        return new YamlScalar(writable(node.getValue(), node.getStartMark()), kind, position(node.getStartMark()));
    }

    /**
     * A value as every output can write it. A double-quoted scalar may make half of a surrogate
     * pair with an escape ({@code "\ud800"}), which no UTF-8 file can hold: reported here, where
     * a check sees it, and replaced by U+FFFD, so that a preview still renders.
     */
    private String writable(String text, Mark mark) {
        int lone = LoneSurrogates.indexIn(text);
        if (lone < 0) {
            return text;
        }
        diagnostics.error(
                path,
                position(mark),
                Rule.ENCODING,
                "this text holds `\\u" + HexFormat.of().toHexDigits(text.charAt(lone))
                        + "`, half of a surrogate pair, which is not a character and cannot be written to "
                        + "a file; write the whole character instead");
        return LoneSurrogates.replaced(text);
    }

    private YamlNode list(SequenceNode node, int depth) {
        checkCollectionTag(node, Tag.SEQ);
        List<YamlNode> items = new ArrayList<>();
        for (Node item : node.getValue()) {
            YamlNode converted = convert(item, depth + 1);
            if (converted != null) {
                items.add(converted);
            }
        }
        return new YamlList(items, position(node.getStartMark()));
    }

    private YamlNode map(MappingNode node, int depth) {
        checkCollectionTag(node, Tag.MAP);
        List<YamlEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.error(
                        path,
                        position(tuple.getKeyNode().getStartMark()),
                        Rule.YAML_SYNTAX,
                        "a key must be plain text, not a list or a map");
                continue;
            }
            Position keyPosition = position(key.getStartMark());
            String name = writable(key.getValue(), key.getStartMark());
            if (!seen.add(name)) {
                diagnostics.error(
                        path,
                        keyPosition,
                        Rule.DUPLICATE_KEY,
                        "`" + name + "` is given twice; keep one and delete the other");
                continue;
            }
            YamlNode value = convert(tuple.getValueNode(), depth + 1);
            if (value != null) {
                entries.add(new YamlEntry(name, keyPosition, value));
            }
        }
        return new YamlMap(entries, position(node.getStartMark()));
    }

    private void checkCollectionTag(Node node, Tag expected) {
        if (!node.getTag().equals(expected)) {
            unsupportedTag(node);
        }
    }

    private void unsupportedTag(Node node) {
        diagnostics.error(
                path,
                position(node.getStartMark()),
                Rule.YAML_SYNTAX,
                "the YAML tag `" + node.getTag().getValue() + "` is not supported; remove it and write a plain value");
    }

    private Position position(Mark mark) {
        if (mark == null) {
            return new Position(firstLine, 1);
        }
        return new Position(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext();
        String text = context == null ? problem : context + ": " + problem;
        return "YAML syntax error: " + text.replaceAll("\\s+", " ").trim();
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
