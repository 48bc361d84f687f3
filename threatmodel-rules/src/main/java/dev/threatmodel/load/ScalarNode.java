package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;

/** A single value: its text as written and what type the syntax gave it. */
public record ScalarNode(String text, Type type, SourceLocation location) implements Node {

    /** The type a scalar has in its syntax: a quoted YAML scalar is always a string. */
    public enum Type {
        STRING("a string"),
        INTEGER("a whole number"),
        DECIMAL("a number"),
        BOOLEAN("true or false"),
        NULL("null");

        private final String words;

        Type(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    @Override
    public String kindInWords() {
        return type.words();
    }
}
