package dev.threatmodel.imports;

import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.ScalarNode;
import dev.threatmodel.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Looks things up in the located tree of another tool's file without reporting anything: where a value was written,
 * and values deep inside cells whose shape varies between tool versions. Typed reading that reports wrong kinds of
 * values is {@link dev.threatmodel.load.FieldReader}'s job.
 */
public final class TreePaths {

    private TreePaths() {
    }

    /** Where the value of {@code key} was written, or null when it was not. */
    public static SourceLocation at(MapNode m, String key) {
        MapNode.Field f = m == null ? null : m.fields().get(key);
        return f == null ? null : f.value().location();
    }

    /** A nested value reached through mappings; null when the path does not exist. */
    public static Node path(Node start, String... keys) {
        Node current = start;
        for (String key : keys) {
            if (!(current instanceof MapNode m)) {
                return null;
            }
            current = m.get(key).orElse(null);
        }
        return current;
    }

    /** The text at a nested path, stripped; null when it does not exist, is not a scalar or is blank. */
    public static String pathText(Node start, String... keys) {
        Node n = path(start, keys);
        return n instanceof ScalarNode s && !s.isNull() && !s.text().isBlank() ? s.text().strip() : null;
    }

    /** The fields that were written, by name; absent ones are left out. */
    public static Map<String, SourceLocation> originFields(Object... nameAndLocation) {
        Map<String, SourceLocation> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameAndLocation.length; i += 2) {
            if (nameAndLocation[i + 1] instanceof SourceLocation at) {
                map.put((String) nameAndLocation[i], at);
            }
        }
        return map;
    }
}
