package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import java.util.Map;
import java.util.Optional;

/** A mapping whose keys are unique (the readers refuse duplicates) and keep the order of the file. */
public record MapNode(Map<String, Field> fields, SourceLocation location) implements Node {

    /** One key of a mapping, where the key was written, and its value. */
    public record Field(String key, SourceLocation keyLocation, Node value) {
    }

    public MapNode {
        fields = FieldMap.copyOf(fields);
    }

    public Optional<Node> get(String key) {
        Field f = fields.get(key);
        return f == null ? Optional.empty() : Optional.of(f.value());
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    @Override
    public String kindInWords() {
        return "a mapping";
    }
}
