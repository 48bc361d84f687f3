package dev.threatmodel.model;

/** The kinds of node in a data-flow diagram. */
public enum ElementType implements Keyword {
    EXTERNAL_ENTITY("entity"),
    PROCESS("process"),
    DATA_STORE("store"),
    AI_AGENT("agent");

    private final String keyword;

    ElementType(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
