package dev.threatmodel.imports;

import dev.threatmodel.load.ListNode;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.ScalarNode;
import dev.threatmodel.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads typed values out of the located tree of another tool's file. Missing and null values read as absent; a value
 * of the wrong kind is collected as a problem at its location, so that one pass reports every such mistake.
 */
final class TreeFields {

    private final List<LoadProblem> problems = new ArrayList<>();

    Optional<MapNode> map(MapNode m, String key) {
        Node n = value(m, key);
        if (n == null) {
            return Optional.empty();
        }
        if (n instanceof MapNode map) {
            return Optional.of(map);
        }
        wrongKind(key, n, "a mapping");
        return Optional.empty();
    }

    List<Node> list(MapNode m, String key) {
        Node n = value(m, key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof ListNode list) {
            return list.items();
        }
        wrongKind(key, n, "a list");
        return List.of();
    }

    /** The mappings of a list, reporting items that are not mappings. */
    List<MapNode> maps(MapNode m, String key) {
        List<MapNode> result = new ArrayList<>();
        for (Node item : list(m, key)) {
            if (item instanceof MapNode map) {
                result.add(map);
            } else if (!(item instanceof ScalarNode s && s.isNull())) {
                problems.add(new LoadProblem(item.location(),
                        "each entry of '" + key + "' should be a mapping, found " + item.kindInWords()));
            }
        }
        return result;
    }

    /** Any scalar as text (numbers too, as written); null when absent. */
    String text(MapNode m, String key) {
        Node n = value(m, key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s) {
            return s.text();
        }
        wrongKind(key, n, "text");
        return null;
    }

    /** Text that is neither absent nor blank, trimmed; else null. */
    String words(MapNode m, String key) {
        String t = text(m, key);
        return t == null || t.isBlank() ? null : t.strip();
    }

    Boolean bool(MapNode m, String key) {
        Node n = value(m, key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && (s.type() == ScalarNode.Type.BOOLEAN || s.type() == ScalarNode.Type.STRING)) {
            String t = s.text().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Boolean.valueOf(t);
            }
        }
        wrongKind(key, n, "true or false");
        return null;
    }

    Double number(MapNode m, String key) {
        Node n = value(m, key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && (s.type() == ScalarNode.Type.INTEGER || s.type() == ScalarNode.Type.DECIMAL)) {
            try {
                return Double.valueOf(s.text().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        wrongKind(key, n, "a number");
        return null;
    }

    /** Where the value of {@code key} was written, or null when it was not. */
    static SourceLocation at(MapNode m, String key) {
        MapNode.Field f = m == null ? null : m.fields().get(key);
        return f == null ? null : f.value().location();
    }

    /** A nested value reached through mappings, without reporting anything when the path does not exist. */
    static Node path(Node start, String... keys) {
        Node current = start;
        for (String key : keys) {
            if (!(current instanceof MapNode m)) {
                return null;
            }
            current = m.get(key).orElse(null);
        }
        return current;
    }

    /** The text at a nested path, or null when it does not exist, is not a scalar or is blank. */
    static String pathText(Node start, String... keys) {
        Node n = path(start, keys);
        return n instanceof ScalarNode s && !s.isNull() && !s.text().isBlank() ? s.text().strip() : null;
    }

    void problem(SourceLocation at, String message) {
        problems.add(new LoadProblem(at, message));
    }

    void throwIfAny() throws ModelLoadException {
        if (!problems.isEmpty()) {
            throw new ModelLoadException(problems);
        }
    }

    private static Node value(MapNode m, String key) {
        if (m == null) {
            return null;
        }
        Node n = m.get(key).orElse(null);
        return n instanceof ScalarNode s && s.isNull() ? null : n;
    }

    private void wrongKind(String key, Node found, String wanted) {
        problems.add(new LoadProblem(found.location(),
                "'" + key + "' should be " + wanted + ", found " + found.kindInWords()));
    }
}
