package dev.threatmodel.model;

import java.util.List;

/** An abuse, misuse, negligence or agent-bypass story and the flows, elements and threats it concerns. */
public record Story(String id, String name, StoryKind kind, String narrative, List<String> flows,
                    List<String> elements, List<String> threats,
                    List<Suppression> suppressions, Origin origin) implements ModelItem {

    public Story {
        flows = Lists.copy(flows);
        elements = Lists.copy(elements);
        threats = Lists.copy(threats);
        suppressions = Lists.copy(suppressions);
    }
}
