package dev.threatmodel.imports.geometry;

import dev.threatmodel.imports.geometry.Geometry.Rect;
import java.util.List;

/**
 * Which trust-boundary box holds a shape, for drawings whose boundaries are boxes (Threat Dragon's boundary boxes,
 * the Microsoft Threat Modeling Tool's border boundaries): the smallest box around the shape, so that boxes drawn
 * inside boxes nest. Of two boxes of the same size drawn exactly on top of each other, the one later in the file lies
 * inside the earlier one, so nesting never runs in a circle.
 */
public final class BoxNesting {

    private BoxNesting() {
    }

    /**
     * The index in {@code boxes} of the smallest box that holds {@code shape}, or -1 when none does. For a box itself,
     * {@code self} is its own index (it never holds itself); for any other shape, -1. Boxes without bounds (null)
     * hold nothing.
     */
    public static int innermost(List<Rect> boxes, Rect shape, int self) {
        if (shape == null) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < boxes.size(); i++) {
            Rect box = boxes.get(i);
            if (i == self || box == null || !box.contains(shape)) {
                continue;
            }
            if (self >= 0 && box.area() <= shape.area() && i > self) {
                continue;
            }
            if (best < 0 || box.area() < boxes.get(best).area()
                    || box.area() == boxes.get(best).area() && i > best) {
                best = i;
            }
        }
        return best;
    }
}
