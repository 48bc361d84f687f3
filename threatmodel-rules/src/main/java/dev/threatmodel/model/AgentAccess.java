package dev.threatmodel.model;

/** What an AI agent is able to reach or do. */
public enum AgentAccess implements Keyword {
    READ_ONLY("read-only"),
    FILE_SYSTEM("file-system"),
    TERMINAL("terminal"),
    NETWORK("network");

    private final String keyword;

    AgentAccess(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
