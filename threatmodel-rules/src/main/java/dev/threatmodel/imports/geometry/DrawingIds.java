package dev.threatmodel.imports.geometry;

import java.util.HashSet;
import java.util.Set;

/**
 * The model ids given to the shapes of a drawing tool's file. A file holds several diagrams, and a shape id is unique
 * only within its diagram: an id met again gets its diagram's number in front ({@code d2-<id>}), then a counter.
 */
public final class DrawingIds {

    private final Set<String> used = new HashSet<>();

    /** The id for shape {@code shapeId} of diagram {@code diagram}, unused so far, now taken. */
    public String unique(String shapeId, int diagram) {
        String id = shapeId;
        if (used.contains(id)) {
            id = "d" + diagram + "-" + shapeId;
            int n = 2;
            while (used.contains(id)) {
                id = "d" + diagram + "-" + shapeId + "-" + n++;
            }
        }
        used.add(id);
        return id;
    }

    public boolean contains(String id) {
        return used.contains(id);
    }

    /** Takes an id chosen elsewhere; false when it was taken already. */
    public boolean add(String id) {
        return used.add(id);
    }

    public int size() {
        return used.size();
    }
}
