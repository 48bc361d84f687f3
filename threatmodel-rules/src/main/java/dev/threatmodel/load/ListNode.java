package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import java.util.List;

/** A sequence of values. */
public record ListNode(List<Node> items, SourceLocation location) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public String kindInWords() {
        return "a list";
    }
}
