package dev.threatmodel.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.threatmodel.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON into the located {@link Node} tree with Jackson's streaming parser, which reports the line and
 * column of every token. Duplicate keys and excessive nesting are refused.
 */
public final class JsonTreeReader {

    private final LoadLimits limits;
    private final JsonFactory factory;

    public JsonTreeReader(LoadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxDocumentLength(limits.maxFileBytes())
                        .maxNumberLength(64)
                        .build())
                .build();
    }

    public Node read(SourceText source) throws ModelLoadException {
        Path file = source.file();
        if (source.text().isBlank()) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file holds no model: it is empty"));
        }
        List<LoadProblem> problems = new ArrayList<>();
        JsonParser parser;
        try {
            parser = factory.createParser(source.text());
        } catch (IOException e) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the JSON cannot be read: " + e.getMessage()));
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            Node root = value(parser, first, file, problems, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                problems.add(new LoadProblem(at(file, parser.currentTokenLocation()),
                        "unexpected content after the end of the JSON document"));
            }
            if (!problems.isEmpty()) {
                throw new ModelLoadException(problems);
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Jackson's limit checks name no place; the parser still knows where it stopped
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new ModelLoadException(new LoadProblem(at(file, where),
                    "the JSON exceeds a reading limit: " + withoutApiName(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new ModelLoadException(new LoadProblem(at(file, e.getLocation()),
                    "invalid JSON: " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the JSON cannot be read: " + e.getMessage()));
        }
    }

    /** Jackson names the Java method that holds a limit; a model author needs only the numbers. */
    private static String withoutApiName(String message) {
        return firstLine(message).replaceAll(", from `[^`]*`\\)", ")");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private Node value(JsonParser parser, JsonToken token, Path file, List<LoadProblem> problems, int depth)
            throws IOException, ModelLoadException {
        SourceLocation location = at(file, parser.currentTokenLocation());
        if (token == null) {
            throw new ModelLoadException(new LoadProblem(location, "invalid JSON: the document ends too early"));
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= limits.maxDepth()) {
            throw new ModelLoadException(new LoadProblem(location, "the JSON is nested more than "
                    + limits.maxDepth() + " levels deep"));
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, MapNode.Field> fields = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyLocation = at(file, parser.currentTokenLocation());
                    Node v = value(parser, parser.nextToken(), file, problems, depth + 1);
                    MapNode.Field earlier = fields.get(key);
                    if (earlier != null) {
                        problems.add(new LoadProblem(keyLocation, "duplicate key '" + Excerpt.of(key) + "': first written at line "
                                + earlier.keyLocation().line() + ", column " + earlier.keyLocation().column()));
                        if (problems.size() >= LoadLimits.MAX_PROBLEMS) {
                            problems.add(new LoadProblem(keyLocation, "stopped reading after "
                                    + LoadLimits.MAX_PROBLEMS + " problems; fix these first"));
                            throw new ModelLoadException(problems);
                        }
                    } else {
                        fields.put(key, new MapNode.Field(key, keyLocation, v));
                    }
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new ModelLoadException(new LoadProblem(at(file, parser.currentTokenLocation()),
                            "invalid JSON: the object is not closed"));
                }
                return new MapNode(fields, location);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new ModelLoadException(new LoadProblem(location, "invalid JSON: the list is not closed"));
                    }
                    items.add(value(parser, t, file, problems, depth + 1));
                }
                return new ListNode(items, location);
            }
            case VALUE_STRING:
                return new ScalarNode(parser.getText(), ScalarNode.Type.STRING, location);
            case VALUE_NUMBER_INT:
                return new ScalarNode(parser.getText(), ScalarNode.Type.INTEGER, location);
            case VALUE_NUMBER_FLOAT:
                return new ScalarNode(parser.getText(), ScalarNode.Type.DECIMAL, location);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new ScalarNode(parser.getText(), ScalarNode.Type.BOOLEAN, location);
            case VALUE_NULL:
                return new ScalarNode("null", ScalarNode.Type.NULL, location);
            default:
                throw new ModelLoadException(new LoadProblem(location, "invalid JSON: unexpected " + token));
        }
    }

    private static SourceLocation at(Path file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
