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
import java.util.regex.Pattern;
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
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into the located {@link Node} tree. SnakeYAML only composes nodes here: nothing is ever constructed
 * from a tag, explicit tags other than YAML's own are refused, aliases and nesting are bounded, and duplicate keys
 * (which SnakeYAML's compose step lets through) are refused, since a second {@code status:} could silently turn an
 * open threat into a mitigated one.
 *
 * <p>An aliased value is converted once and shared by every alias that repeats it (the tree is immutable), so an
 * alias bomb costs no memory; the number of values it stands for once expanded is still counted against
 * {@link LoadLimits#maxNodes()}, because whatever reads the tree visits each repetition.
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
        org.yaml.snakeyaml.nodes.Node root;
        try {
            LoaderOptions options = options();
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(source.text())), options),
                    new PlainWordResolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + tidy(e.getContext()) + ")" : "";
            throw new ModelLoadException(new LoadProblem(at(file, mark), explain(tidy(problem), context)));
        } catch (YAMLException | StackOverflowError e) {
            // SnakeYAML names no place when its own nesting or alias limits stop it: find the place ourselves.
            throw new ModelLoadException(locateUnmarkedFailure(source, e));
        }
        if (root == null) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file holds no model: it is empty or has only comments"));
        }
        Converter converter = new Converter(file);
        Node tree = converter.convert(root, 0);
        if (!converter.problems.isEmpty()) {
            throw new ModelLoadException(converter.problems);
        }
        return tree;
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        // one more level than the converter allows, so that the converter's located message normally comes first
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        // Composing only builds nodes; no tag ever reaches a constructor. Letting global tags through the composer
        // means the converter reports every one of them, with its place, in the same words as local tags.
        options.setTagInspector(tag -> true);
        return options;
    }

    /**
     * The place and cause of a failure SnakeYAML reported without a place: too deep, or too many aliases to lists
     * and mappings. The event stream, read without recursion, shows where the limit was crossed.
     */
    private LoadProblem locateUnmarkedFailure(SourceText source, Throwable failure) {
        Path file = source.file();
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        try {
            for (Event event : new Yaml(options()).parse(new StringReader(source.text()))) {
                if (event instanceof CollectionStartEvent start) {
                    if (start.getAnchor() != null) {
                        collectionAnchors.add(start.getAnchor());
                    }
                    if (++depth > limits.maxDepth()) {
                        return tooDeep(at(file, event.getStartMark()));
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                        && ++aliases > limits.maxAliases()) {
                    return new LoadProblem(at(file, event.getStartMark()), "the YAML uses more than "
                            + limits.maxAliases() + " aliases to lists or mappings; refusing to expand them, since"
                            + " that is how alias bombs ('billion laughs') exhaust memory");
                }
            }
        } catch (YAMLException | StackOverflowError e) {
            // fall through to the unlocated message
        }
        String message = failure instanceof StackOverflowError ? "the YAML is nested too deeply to read"
                : "invalid YAML: " + tidy(failure.getMessage());
        return new LoadProblem(SourceLocation.startOf(file), message);
    }

    /** Says what SnakeYAML's refusals mean for a model author; other syntax errors keep SnakeYAML's words. */
    private static String explain(String problem, String context) {
        if (context.contains("expected a single document")) {
            return "the file holds more than one YAML document ('---' starts another); a model is one document";
        }
        return "invalid YAML: " + problem + context;
    }

    private LoadProblem tooDeep(SourceLocation location) {
        return new LoadProblem(location, "the YAML is nested more than " + limits.maxDepth() + " levels deep");
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

    /** A converted value, how many values it stands for once expanded, and how many levels it spans. */
    private record Converted(Node node, long size, int height) {
    }

    private final class Converter {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final Map<org.yaml.snakeyaml.nodes.Node, Boolean> onPath = new IdentityHashMap<>();
        private final Map<org.yaml.snakeyaml.nodes.Node, Converted> done = new IdentityHashMap<>();
        private long nodes;

        Converter(Path file) {
            this.file = file;
        }

        Node convert(org.yaml.snakeyaml.nodes.Node root, int depth) throws ModelLoadException {
            return visit(root, depth).node();
        }

        private Converted visit(org.yaml.snakeyaml.nodes.Node node, int depth) throws ModelLoadException {
            SourceLocation location = at(file, node.getStartMark());
            if (onPath.containsKey(node)) {
                throw new ModelLoadException(new LoadProblem(location, "an alias refers to a value that contains it"));
            }
            Converted converted = done.get(node);
            if (converted == null) {
                onPath.put(node, Boolean.TRUE);
                try {
                    converted = convertOnce(node, location, depth);
                } finally {
                    onPath.remove(node);
                }
                if (node.getAnchor() != null) {
                    // only an anchored value can be reached again, through an alias; remembering only those keeps
                    // SnakeYAML's tree collectable while ours is built
                    done.put(node, converted);
                }
            } else {
                // a repetition through an alias: count what it stands for, and how deep it reaches from here
                count(converted.size(), location);
                if (depth + converted.height() > limits.maxDepth()) {
                    throw new ModelLoadException(tooDeep(location));
                }
            }
            return converted;
        }

        private Converted convertOnce(org.yaml.snakeyaml.nodes.Node node, SourceLocation location, int depth)
                throws ModelLoadException {
            long before = nodes;
            count(1, location);
            Tag tag = node.getTag();
            if (!STANDARD_TAGS.contains(tag) && !tag.equals(Tag.MERGE)) {
                problem(new LoadProblem(location, "YAML tag '" + tag.getValue()
                        + "' is not allowed: a threat model holds plain mappings, lists and values"));
            }
            return switch (node.getNodeId()) {
                case mapping -> mapping((MappingNode) node, location, depth, before);
                case sequence -> sequence((SequenceNode) node, location, depth, before);
                case scalar -> new Converted(scalar((org.yaml.snakeyaml.nodes.ScalarNode) node, location), 1, 0);
                default -> throw new ModelLoadException(new LoadProblem(location, "unsupported YAML node"));
            };
        }

        private void count(long values, SourceLocation location) throws ModelLoadException {
            nodes += values;
            if (nodes > limits.maxNodes()) {
                throw new ModelLoadException(new LoadProblem(location, "the model has more than "
                        + limits.maxNodes() + " values once its aliases are expanded; refusing to read further"));
            }
        }

        private void problem(LoadProblem problem) throws ModelLoadException {
            problems.add(problem);
            if (problems.size() >= LoadLimits.MAX_PROBLEMS) {
                problems.add(new LoadProblem(problem.location(), "stopped reading after " + LoadLimits.MAX_PROBLEMS
                        + " problems; fix these first"));
                throw new ModelLoadException(problems);
            }
        }

        private void enterCollection(int depth, SourceLocation location) throws ModelLoadException {
            if (depth >= limits.maxDepth()) {
                throw new ModelLoadException(tooDeep(location));
            }
        }

        private Converted mapping(MappingNode node, SourceLocation location, int depth, long before)
                throws ModelLoadException {
            enterCollection(depth, location);
            Map<String, MapNode.Field> fields = new LinkedHashMap<>();
            int height = 0;
            for (NodeTuple tuple : node.getValue()) {
                org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
                SourceLocation keyLocation = at(file, keyNode.getStartMark());
                if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode scalarKey)) {
                    problem(new LoadProblem(keyLocation, "a key must be a plain word, not "
                            + (keyNode instanceof MappingNode ? "a mapping" : "a list")));
                    continue;
                }
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    problem(new LoadProblem(keyLocation, "merge keys ('<<') are not supported: write the fields out"));
                    continue;
                }
                if (!STANDARD_TAGS.contains(keyNode.getTag())) {
                    problem(new LoadProblem(keyLocation, "YAML tag '" + keyNode.getTag().getValue()
                            + "' is not allowed: a threat model holds plain mappings, lists and values"));
                }
                String key = scalarKey.getValue();
                Converted value = visit(tuple.getValueNode(), depth + 1);
                height = Math.max(height, value.height() + 1);
                MapNode.Field earlier = fields.get(key);
                if (earlier != null) {
                    problem(new LoadProblem(keyLocation, "duplicate key '" + Excerpt.of(key) + "': first written at line "
                            + earlier.keyLocation().line() + ", column " + earlier.keyLocation().column()));
                    continue;
                }
                fields.put(key, new MapNode.Field(key, keyLocation, value.node()));
            }
            return new Converted(new MapNode(fields, location), nodes - before, Math.max(height, 1));
        }

        private Converted sequence(SequenceNode node, SourceLocation location, int depth, long before)
                throws ModelLoadException {
            enterCollection(depth, location);
            List<Node> items = new ArrayList<>(node.getValue().size());
            int height = 0;
            for (org.yaml.snakeyaml.nodes.Node item : node.getValue()) {
                Converted value = visit(item, depth + 1);
                height = Math.max(height, value.height() + 1);
                items.add(value.node());
            }
            return new Converted(new ListNode(items, location), nodes - before, Math.max(height, 1));
        }

        private Node scalar(org.yaml.snakeyaml.nodes.ScalarNode node, SourceLocation location)
                throws ModelLoadException {
            Tag tag = node.getTag();
            String text = node.getValue();
            ScalarNode.Type type;
            if (tag.equals(Tag.INT)) {
                type = typed(text, Resolver.INT, ScalarNode.Type.INTEGER, location);
            } else if (tag.equals(Tag.FLOAT)) {
                type = typed(text, Resolver.FLOAT, ScalarNode.Type.DECIMAL, location);
            } else if (tag.equals(Tag.BOOL)) {
                type = typed(text, Resolver.BOOL, ScalarNode.Type.BOOLEAN, location);
            } else if (tag.equals(Tag.NULL)) {
                type = text.isEmpty() ? ScalarNode.Type.NULL : typed(text, Resolver.NULL, ScalarNode.Type.NULL, location);
            } else {
                type = ScalarNode.Type.STRING;
            }
            return new ScalarNode(text, type, location);
        }

        /**
         * The type of a scalar whose tag says it is a number, boolean or null. Without an explicit tag that is
         * always true of its text; an explicit tag ({@code !!int high}) may claim it falsely, and whatever reads
         * the tree must be able to trust the type.
         */
        private ScalarNode.Type typed(String text, Pattern form, ScalarNode.Type type, SourceLocation location)
                throws ModelLoadException {
            if (!form.matcher(text).matches()) {
                problem(new LoadProblem(location, "'" + Excerpt.of(text) + "' is tagged as " + type.words() + " but is not one"));
                return ScalarNode.Type.STRING;
            }
            return type;
        }
    }
}
