package dev.threatmodel.model;

import java.util.List;

/** A part of the model that has an id, a label and may carry suppressions. */
public interface ModelItem {

    String id();

    /** The human label; may be empty when the author wrote none (a rule reports that). */
    String name();

    Origin origin();

    List<Suppression> suppressions();

    /** {@code id "label"}, or just the id when there is no label: how findings name a part of the model. */
    default String display() {
        String n = name();
        return n == null || n.isBlank() ? id() : id() + " " + quoted(n);
    }

    /**
     * Text in double quotes, with quotes and backslashes inside it escaped ({@code \"}, {@code \\}), so that a label
     * cannot end its own quotes and fake the rest of a message, such as the name of another item.
     */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
