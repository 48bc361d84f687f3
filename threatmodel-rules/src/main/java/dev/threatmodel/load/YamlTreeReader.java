package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into the located {@link Node} tree. SnakeYAML only parses here: nothing is ever constructed
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
    private final boolean mergeKeys;

    public YamlTreeReader(LoadLimits limits) {
        this(limits, false);
    }

    private YamlTreeReader(LoadLimits limits, boolean mergeKeys) {
        this.limits = limits;
        this.mergeKeys = mergeKeys;
    }

    /**
     * A reader that also takes YAML merge keys ({@code <<: *anchor}), for formats of other tools that use them
     * (Threagile); the native format refuses them. Merged fields count against the node limit like any alias, and a
     * field written in the mapping itself wins over a merged one.
     */
    public static YamlTreeReader withMergeKeys(LoadLimits limits) {
        return new YamlTreeReader(limits, true);
    }

    public Node read(SourceText source) throws ModelLoadException {
        Path file = source.file();
        if (source.isBlank()) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file holds no model: it is empty or has only comments"));
        }
        Node root;
        EventConverter converter = new EventConverter(file);
        try {
            root = converter.convert(new ParserImpl(new StreamReader(new StringReader(source.text())), options()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + tidy(e.getContext()) + ")" : "";
            throw new ModelLoadException(new LoadProblem(at(file, mark), explain(tidy(problem), context)));
        } catch (YAMLException | StackOverflowError e) {
            // SnakeYAML names no place when one of its own limits stops it: find the place ourselves.
            throw new ModelLoadException(locateUnmarkedFailure(source, e));
        }
        if (root == null) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file holds no model: it is empty or has only comments"));
        }
        if (!converter.problems.isEmpty()) {
            throw new ModelLoadException(converter.problems);
        }
        return root;
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

    /** A collection being read: its place, where its values go, and, in a mapping, the key waiting for its value. */
    private static final class Frame {
        final SourceLocation location;
        final String anchor;
        final long before;
        final Map<String, MapNode.Field> fields;
        final List<Node> items;
        /** A collection written where a mapping expects a key: refused once it is read. */
        final boolean inKeyPlace;
        int height;
        String key;
        SourceLocation keyLocation;
        boolean expectingKey = true;
        boolean dropValue;
        /** The value now awaited is a merge key's: its fields join this mapping's where it has none of that key. */
        boolean mergeValue;
        List<MapNode.Field> merged;

        Frame(SourceLocation location, String anchor, long before, boolean mapping, boolean inKeyPlace) {
            this.location = location;
            this.anchor = anchor;
            this.before = before;
            this.fields = mapping ? new LinkedHashMap<>() : null;
            this.items = mapping ? null : new ArrayList<>();
            this.inKeyPlace = inKeyPlace;
        }

        boolean isMapping() {
            return fields != null;
        }

        boolean waitsForKey() {
            return fields != null && expectingKey;
        }
    }

    /**
     * Builds the located tree straight from SnakeYAML's parser events. SnakeYAML's own node tree is never built, so
     * only one tree is ever in memory, and nothing recurses: the collections being read sit on an explicit stack,
     * so nesting costs heap, never the call stack.
     */
    private final class EventConverter {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final PlainWordResolver resolver = new PlainWordResolver();
        private final ArrayDeque<Frame> open = new ArrayDeque<>();
        /**
         * The latest value defined under each anchor name: a {@link Frame} while it is still being read (an alias to
         * it would make it contain itself), its {@link Converted} value once read. An alias repeats the value, it is
         * never converted again.
         */
        private final Map<String, Object> anchors = new HashMap<>();
        /**
         * One string per distinct key: a model repeats a few dozen keys (id, name, status) hundreds of thousands of
         * times, and each of SnakeYAML's events carries a fresh copy of its key.
         */
        private final Map<String, String> keyNames = new HashMap<>();
        private long nodes;
        private int collectionAliases;

        EventConverter(Path file) {
            this.file = file;
        }

        /** The document's root value, or null when the stream holds no document. */
        Node convert(Parser parser) throws ModelLoadException {
            parser.getEvent(); // the start of the stream
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            parser.getEvent(); // the start of the document
            Node root = null;
            while (root == null) {
                root = accept(parser.getEvent());
            }
            parser.getEvent(); // the end of the document
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event next = parser.getEvent();
                throw new ModelLoadException(new LoadProblem(at(file, next.getStartMark()),
                        explain("but found another document", " (expected a single document in the stream)")));
            }
            return root;
        }

        /** Takes one event; returns the root once the whole document has been read. */
        private Node accept(Event event) throws ModelLoadException {
            Frame parent = open.peek();
            boolean keyPlace = parent != null && parent.waitsForKey();
            switch (event.getEventId()) {
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    if (keyPlace) {
                        scalarKey(parent, scalar);
                        return null;
                    }
                    return attach(scalarValue(scalar));
                }
                case Alias -> {
                    return aliasEvent((AliasEvent) event, parent, keyPlace);
                }
                case MappingStart, SequenceStart -> {
                    startCollection((CollectionStartEvent) event, keyPlace);
                    return null;
                }
                case MappingEnd, SequenceEnd -> {
                    Frame done = open.pop();
                    if (done.merged != null) {
                        for (MapNode.Field field : done.merged) {
                            done.fields.putIfAbsent(field.key(), field);
                        }
                    }
                    Node node = done.isMapping() ? new MapNode(done.fields, done.location)
                            : new ListNode(done.items, done.location);
                    Converted converted = new Converted(node, nodes - done.before, Math.max(done.height, 1));
                    if (done.anchor != null && anchors.get(done.anchor) == done) {
                        anchors.put(done.anchor, converted);
                    }
                    if (done.inKeyPlace) {
                        Frame mapping = open.peek();
                        problem(new LoadProblem(done.location, "a key must be a plain word, not "
                                + (done.isMapping() ? "a mapping" : "a list")));
                        mapping.expectingKey = false;
                        mapping.dropValue = true;
                        return null;
                    }
                    return attach(converted);
                }
                case Comment -> {
                    return null;
                }
                default -> throw new ModelLoadException(new LoadProblem(at(file, event.getStartMark()),
                        "invalid YAML: unexpected " + event.getEventId()));
            }
        }

        /** Puts a value read in full into the collection that holds it; returns it when it is the root. */
        private Node attach(Converted value) throws ModelLoadException {
            Frame parent = open.peek();
            if (parent == null) {
                return value.node();
            }
            parent.height = Math.max(parent.height, value.height() + 1);
            if (!parent.isMapping()) {
                parent.items.add(value.node());
                return null;
            }
            parent.expectingKey = true;
            if (parent.dropValue) {
                parent.dropValue = false;
                return null;
            }
            if (parent.mergeValue) {
                parent.mergeValue = false;
                merge(parent, value.node());
                return null;
            }
            MapNode.Field earlier = parent.fields.get(parent.key);
            if (earlier != null) {
                problem(new LoadProblem(parent.keyLocation, "duplicate key '" + Excerpt.of(parent.key)
                        + "': first written at line " + earlier.keyLocation().line() + ", column "
                        + earlier.keyLocation().column()));
                return null;
            }
            parent.fields.put(parent.key, new MapNode.Field(parent.key, parent.keyLocation, value.node()));
            return null;
        }

        private void merge(Frame mapping, Node value) throws ModelLoadException {
            List<Node> sources = value instanceof ListNode list ? list.items() : List.of(value);
            if (mapping.merged == null) {
                mapping.merged = new ArrayList<>();
            }
            for (Node source : sources) {
                if (source instanceof MapNode map) {
                    mapping.merged.addAll(map.fields().values());
                } else {
                    problem(new LoadProblem(source.location(), "a merge key ('<<') takes a mapping or a list of"
                            + " mappings, found " + source.kindInWords()));
                }
            }
        }

        private void scalarKey(Frame mapping, ScalarEvent event) throws ModelLoadException {
            SourceLocation keyLocation = at(file, event.getStartMark());
            Tag tag = scalarTag(event);
            mapping.expectingKey = false;
            if (tag.equals(Tag.MERGE)) {
                if (mergeKeys) {
                    mapping.mergeValue = true;
                } else {
                    problem(new LoadProblem(keyLocation, "merge keys ('<<') are not supported: write the fields"
                            + " out"));
                    mapping.dropValue = true;
                }
                return;
            }
            if (!STANDARD_TAGS.contains(tag)) {
                problem(new LoadProblem(keyLocation, "YAML tag '" + tag.getValue()
                        + "' is not allowed: a threat model holds plain mappings, lists and values"));
            }
            if (event.getAnchor() != null) {
                anchors.put(event.getAnchor(), new Converted(scalar(tag, event.getValue(), keyLocation), 1, 0));
            }
            String key = event.getValue();
            String known = keyNames.putIfAbsent(key, key);
            mapping.key = known != null ? known : key;
            mapping.keyLocation = keyLocation;
        }

        private Converted scalarValue(ScalarEvent event) throws ModelLoadException {
            SourceLocation location = at(file, event.getStartMark());
            count(1, location);
            Tag tag = scalarTag(event);
            checkTag(tag, location);
            Converted converted = new Converted(scalar(tag, event.getValue(), location), 1, 0);
            if (event.getAnchor() != null) {
                anchors.put(event.getAnchor(), converted);
            }
            return converted;
        }

        private void startCollection(CollectionStartEvent event, boolean keyPlace) throws ModelLoadException {
            SourceLocation location = at(file, event.getStartMark());
            long before = nodes;
            count(1, location);
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            String explicit = event.getTag();
            checkTag(explicit == null || explicit.equals("!") ? (mapping ? Tag.MAP : Tag.SEQ) : new Tag(explicit),
                    location);
            if (open.size() >= limits.maxDepth()) {
                throw new ModelLoadException(tooDeep(location));
            }
            Frame frame = new Frame(location, event.getAnchor(), before, mapping, keyPlace);
            if (frame.anchor != null) {
                anchors.put(frame.anchor, frame);
            }
            open.push(frame);
        }

        private Node aliasEvent(AliasEvent event, Frame parent, boolean keyPlace) throws ModelLoadException {
            Object target = anchors.get(event.getAnchor());
            if (target instanceof Frame containing) {
                throw new ModelLoadException(new LoadProblem(containing.location,
                        "an alias refers to a value that contains it"));
            }
            if (target == null) {
                throw new ModelLoadException(new LoadProblem(at(file, event.getStartMark()),
                        "invalid YAML: found undefined alias " + event.getAnchor()));
            }
            Converted converted = (Converted) target;
            SourceLocation location = converted.node().location();
            if (!(converted.node() instanceof ScalarNode) && ++collectionAliases > limits.maxAliases()) {
                throw new ModelLoadException(new LoadProblem(at(file, event.getStartMark()), "the YAML uses more than "
                        + limits.maxAliases() + " aliases to lists or mappings; refusing to expand them, since"
                        + " that is how alias bombs ('billion laughs') exhaust memory"));
            }
            if (keyPlace) {
                parent.expectingKey = false;
                if (converted.node() instanceof ScalarNode key) {
                    parent.key = key.text();
                    parent.keyLocation = location;
                } else {
                    problem(new LoadProblem(location, "a key must be a plain word, not "
                            + converted.node().kindInWords()));
                    parent.dropValue = true;
                }
                return null;
            }
            // a repetition: count what it stands for, and how deep it reaches from here
            count(converted.size(), location);
            if (open.size() + converted.height() > limits.maxDepth()) {
                throw new ModelLoadException(tooDeep(location));
            }
            return attach(converted);
        }

        private Tag scalarTag(ScalarEvent event) {
            String explicit = event.getTag();
            if (explicit == null || explicit.equals("!")) {
                return resolver.resolve(NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar());
            }
            return new Tag(explicit);
        }

        private void checkTag(Tag tag, SourceLocation location) throws ModelLoadException {
            if (!STANDARD_TAGS.contains(tag) && !tag.equals(Tag.MERGE)) {
                problem(new LoadProblem(location, "YAML tag '" + tag.getValue()
                        + "' is not allowed: a threat model holds plain mappings, lists and values"));
            }
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

        private Node scalar(Tag tag, String text, SourceLocation location) throws ModelLoadException {
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
