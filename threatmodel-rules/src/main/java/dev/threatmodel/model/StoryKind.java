package dev.threatmodel.model;

/** The kinds of story that walk through how the system could be turned against itself. */
public enum StoryKind implements Keyword {
    ABUSE("abuse"),
    MISUSE("misuse"),
    NEGLIGENCE("negligence"),
    AGENT_BYPASS("agent-bypass");

    private final String keyword;

    StoryKind(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
