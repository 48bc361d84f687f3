package dev.threatmodel.model;

/** What a trust zone stands for; agents and external AI services are zones of their own. */
public enum ZoneKind implements Keyword {
    NETWORK("network"),
    AI_AGENT("ai-agent"),
    EXTERNAL_AI_SERVICE("external-ai-service");

    private final String keyword;

    ZoneKind(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
