package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import java.util.Comparator;

/** Something in a model file that keeps it from being loaded, and where it is. */
public record LoadProblem(SourceLocation location, String message) implements Comparable<LoadProblem> {

    private static final Comparator<LoadProblem> ORDER = Comparator
            .comparing(LoadProblem::location)
            .thenComparing(LoadProblem::message);

    @Override
    public int compareTo(LoadProblem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
