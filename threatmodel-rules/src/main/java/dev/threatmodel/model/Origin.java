package dev.threatmodel.model;

import java.util.Map;

/**
 * Where a part of the model was written: the start of its entry and, for each of its fields, the start of that
 * field's value. Findings about one field point at the field, not at the whole entry.
 */
public record Origin(SourceLocation at, Map<String, SourceLocation> fields) {

    public Origin {
        if (at == null) {
            throw new IllegalArgumentException("an origin needs a location");
        }
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static Origin of(SourceLocation at) {
        return new Origin(at, Map.of());
    }

    /** The location of a field's value, or of the whole entry where the field was not written. */
    public SourceLocation of(String field) {
        return fields.getOrDefault(field, at);
    }

    /** Whether the field was written in the file. */
    public boolean has(String field) {
        return fields.containsKey(field);
    }
}
