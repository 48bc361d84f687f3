package dev.threatmodel.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a model file: the file and a 1-based line and column.
 *
 * <p>Every part of a loaded model carries one, so that a finding can point at the exact spot a person has to edit.
 */
public record SourceLocation(Path file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator
            .comparing((SourceLocation l) -> l.file == null ? "" : l.file.toString())
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        if (line < 1) {
            throw new IllegalArgumentException("line is 1-based, got " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column is 1-based, got " + column);
        }
    }

    /** The start of a file: where findings about the model as a whole point. */
    public static SourceLocation startOf(Path file) {
        return new SourceLocation(file, 1, 1);
    }

    /** {@code file:line:column}, the form terminals and IDEs turn into links. */
    public String format(Path relativeTo) {
        String shown;
        if (file == null) {
            shown = "<unknown>";
        } else if (relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo)) {
            shown = relativeTo.relativize(file).toString().replace('\\', '/');
        } else {
            shown = file.toString().replace('\\', '/');
        }
        return shown + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, Objects.requireNonNull(other));
    }

    @Override
    public String toString() {
        return format(null);
    }
}
