package dev.threatmodel.model;

import java.util.List;

/**
 * A directed data flow between two elements, numbered as an interaction point of the diagram. A bidirectional flow
 * stands for the same flow in both directions.
 */
public record DataFlow(String id, String name, Integer number, String source, String target, List<String> data,
                       String protocol, Boolean authenticated, Boolean encrypted, boolean bidirectional,
                       List<Suppression> suppressions, Origin origin) implements ModelItem {

    public DataFlow {
        data = Lists.copy(data);
        suppressions = Lists.copy(suppressions);
    }
}
