package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into the located {@link Node} tree. SnakeYAML only composes nodes here: nothing is ever constructed
 * from a tag, explicit tags other than YAML's own are refused, aliases and nesting are bounded, and duplicate keys
 * (which SnakeYAML's compose step lets through) are refused, since a second {@code status:} could silently turn an
 * open threat into a mitigated one.
 */
public final class YamlTreeReader {

    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.BINARY, Tag.OMAP, Tag.PAIRS, Tag.SET);

    private final LoadLimits limits;

    public YamlTreeReader(LoadLimits limits) {
        this.limits = limits;
    }

    public Node read(SourceText source) throws ModelLoadException {
        Path file = source.file();
        if (source.isBlank()) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file holds no model: it is empty or has only comments"));
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(source.text())), options),
                    new PlainWordResolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new ModelLoadException(new LoadProblem(at(file, mark), explain(tidy(problem), tidy(context))));
        } catch (YAMLException e) {
            throw new ModelLoadException(new LoadProblem(locateLimit(source, options), explain(tidy(e.getMessage()),
                    "")));
        } catch (StackOverflowError e) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the YAML is nested too deeply to read"));
        }
        if (root == null) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file holds no model: it is empty or has only comments"));
        }
        Converter converter = new Converter(file);
        Node tree = converter.convert(root, 0, true);
        if (!converter.problems.isEmpty()) {
            throw new ModelLoadException(converter.problems);
        }
        return tree;
    }

    /**
     * SnakeYAML refuses too deep nesting and too many aliases without saying where. The event stream (read without
     * recursion) shows where: the first collection deeper than the limit, or the first alias to a list or mapping
     * beyond the allowed count.
     */
    private SourceLocation locateLimit(SourceText source, LoaderOptions options) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        try {
            for (Event event : new Yaml(options).parse(new StringReader(source.text()))) {
                if (event instanceof CollectionStartEvent start) {
                    if (start.getAnchor() != null) {
                        collectionAnchors.add(start.getAnchor());
                    }
                    if (++depth > limits.maxDepth()) {
                        return at(source.file(), event.getStartMark());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                        && ++aliases > limits.maxAliases()) {
                    return at(source.file(), event.getStartMark());
                }
            }
        } catch (YAMLException e) {
            return SourceLocation.startOf(source.file());
        }
        return SourceLocation.startOf(source.file());
    }

    /** Says what SnakeYAML's refusals mean for a model author; other syntax errors keep SnakeYAML's words. */
    private String explain(String problem, String context) {
        if (problem.startsWith("Global tag is not allowed: ")) {
            return "YAML tag '" + problem.substring("Global tag is not allowed: ".length()) + "' is not allowed: "
                    + "a threat model holds plain mappings, lists and values";
        }
        if (problem.startsWith("Number of aliases for non-scalar nodes exceeds")) {
            return "the YAML uses more than " + limits.maxAliases() + " aliases to lists or mappings; refusing to"
                    + " expand them, since that is how alias bombs ('billion laughs') exhaust memory";
        }
        if (problem.startsWith("Nesting Depth exceeded")) {
            return "the YAML is nested more than " + limits.maxDepth() + " levels deep";
        }
        if (context.contains("expected a single document")) {
            return "the file holds more than one YAML document ('---' starts another); a model is one document";
        }
        return "invalid YAML: " + problem + context;
    }

    private static String tidy(String message) {
        return message == null ? "unreadable input" : message.replaceAll("\\s+", " ").strip();
    }

    static SourceLocation at(Path file, Mark mark) {
        if (mark == null) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private final class Converter {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final Map<org.yaml.snakeyaml.nodes.Node, Boolean> onPath = new IdentityHashMap<>();
        private long nodes;

        Converter(Path file) {
            this.file = file;
        }

        /**
         * Converts a node. When {@code release} holds, neither the node nor anything above it carries an anchor, so
         * no alias can reach its children again: each child is dropped from SnakeYAML's tree once converted, and the
         * garbage collector can reclaim SnakeYAML's nodes and marks while ours are built. At its peak, memory then
         * holds little more than the larger of the two trees instead of both.
         */
        Node convert(org.yaml.snakeyaml.nodes.Node node, int depth, boolean release) throws ModelLoadException {
            SourceLocation location = at(file, node.getStartMark());
            if (++nodes > limits.maxNodes()) {
                throw new ModelLoadException(new LoadProblem(location, "the model has more than "
                        + limits.maxNodes() + " values once its aliases are expanded; refusing to read further"));
            }
            if (depth > limits.maxDepth()) {
                throw new ModelLoadException(new LoadProblem(location, "the model is nested more than "
                        + limits.maxDepth() + " levels deep"));
            }
            Tag tag = node.getTag();
            if (!STANDARD_TAGS.contains(tag) && !tag.equals(Tag.MERGE)) {
                problems.add(new LoadProblem(location, "YAML tag '" + tag.getValue()
                        + "' is not allowed: a threat model holds plain mappings, lists and values"));
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                throw new ModelLoadException(new LoadProblem(location, "an alias refers to a value that contains it"));
            }
            try {
                return switch (node.getNodeId()) {
                    case mapping -> mapping((MappingNode) node, location, depth,
                            release && node.getAnchor() == null);
                    case sequence -> sequence((SequenceNode) node, location, depth,
                            release && node.getAnchor() == null);
                    case scalar -> scalar((org.yaml.snakeyaml.nodes.ScalarNode) node, location);
                    default -> throw new ModelLoadException(new LoadProblem(location, "unsupported YAML node"));
                };
            } finally {
                onPath.remove(node);
            }
        }

        private Node mapping(MappingNode node, SourceLocation location, int depth, boolean release)
                throws ModelLoadException {
            Map<String, MapNode.Field> fields = new LinkedHashMap<>();
            List<NodeTuple> tuples = node.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple tuple = tuples.get(i);
                if (release) {
                    tuples.set(i, null);
                }
                org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
                SourceLocation keyLocation = at(file, keyNode.getStartMark());
                if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode scalarKey)) {
                    problems.add(new LoadProblem(keyLocation, "a key must be a plain word, not "
                            + (keyNode instanceof MappingNode ? "a mapping" : "a list")));
                    continue;
                }
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    problems.add(new LoadProblem(keyLocation,
                            "merge keys ('<<') are not supported: write the fields out"));
                    continue;
                }
                String key = scalarKey.getValue();
                Node value = convert(tuple.getValueNode(), depth + 1, release);
                MapNode.Field earlier = fields.get(key);
                if (earlier != null) {
                    problems.add(new LoadProblem(keyLocation, "duplicate key '" + key + "': first written at line "
                            + earlier.keyLocation().line() + ", column " + earlier.keyLocation().column()));
                    continue;
                }
                fields.put(key, new MapNode.Field(key, keyLocation, value));
            }
            return new MapNode(fields, location);
        }

        private Node sequence(SequenceNode node, SourceLocation location, int depth, boolean release)
                throws ModelLoadException {
            List<org.yaml.snakeyaml.nodes.Node> values = node.getValue();
            List<Node> items = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                org.yaml.snakeyaml.nodes.Node item = values.get(i);
                if (release) {
                    values.set(i, null);
                }
                items.add(convert(item, depth + 1, release));
            }
            return new ListNode(items, location);
        }

        private Node scalar(org.yaml.snakeyaml.nodes.ScalarNode node, SourceLocation location) {
            Tag tag = node.getTag();
            ScalarNode.Type type;
            if (tag.equals(Tag.INT)) {
                type = ScalarNode.Type.INTEGER;
            } else if (tag.equals(Tag.FLOAT)) {
                type = ScalarNode.Type.DECIMAL;
            } else if (tag.equals(Tag.BOOL)) {
                type = ScalarNode.Type.BOOLEAN;
            } else if (tag.equals(Tag.NULL)) {
                type = ScalarNode.Type.NULL;
            } else {
                type = ScalarNode.Type.STRING;
            }
            return new ScalarNode(node.getValue(), type, location);
        }
    }
}
