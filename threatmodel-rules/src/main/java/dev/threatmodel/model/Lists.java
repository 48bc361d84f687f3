package dev.threatmodel.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Null-tolerant immutable copies, so that every list and set in the model is never null and never changes. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> Set<T> copySet(Collection<T> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }
}
