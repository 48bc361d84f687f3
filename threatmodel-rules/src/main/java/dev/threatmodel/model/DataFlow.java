package dev.threatmodel.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A directed data flow between two elements, numbered as an interaction point of the diagram. A bidirectional flow
 * stands for the same flow in both directions. A flow may link the code that implements it and carry its own review
 * date, as an element does.
 */
public record DataFlow(String id, String name, Integer number, String source, String target, List<String> data,
                       String protocol, Boolean authenticated, Boolean encrypted, boolean bidirectional,
                       List<String> code, LocalDate reviewed, List<Suppression> suppressions, Origin origin)
        implements ModelItem {

    public DataFlow {
        data = Lists.copy(data);
        code = Lists.copy(code);
        suppressions = Lists.copy(suppressions);
    }

    /** A flow without code links or own review date. */
    public DataFlow(String id, String name, Integer number, String source, String target, List<String> data,
                    String protocol, Boolean authenticated, Boolean encrypted, boolean bidirectional,
                    List<Suppression> suppressions, Origin origin) {
        this(id, name, number, source, target, data, protocol, authenticated, encrypted, bidirectional, List.of(),
                null, suppressions, origin);
    }
}
