package dev.threatmodel.model;

/** The part an element plays for AI agents, when it is a service they call. */
public enum AiService implements Keyword {
    MODEL_API("model-api"),
    TOOL_SERVER("tool-server");

    private final String keyword;

    AiService(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
