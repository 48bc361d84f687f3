package dev.threatmodel.model;

/** What a threat can be aimed at: one of the diagram's node kinds, or a data flow. */
public enum TargetKind {
    EXTERNAL_ENTITY,
    PROCESS,
    DATA_STORE,
    AI_AGENT,
    DATA_FLOW;

    public static TargetKind of(ElementType type) {
        return switch (type) {
            case EXTERNAL_ENTITY -> EXTERNAL_ENTITY;
            case PROCESS -> PROCESS;
            case DATA_STORE -> DATA_STORE;
            case AI_AGENT -> AI_AGENT;
        };
    }

    /** Words for messages: {@code data flow}, {@code external entity}, {@code AI agent}. */
    public String words() {
        if (this == AI_AGENT) {
            return "AI agent";
        }
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
