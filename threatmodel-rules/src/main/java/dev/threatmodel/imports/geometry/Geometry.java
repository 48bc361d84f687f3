package dev.threatmodel.imports.geometry;

import java.util.List;

/**
 * The plane geometry a drawing's trust boundaries need: rectangles that hold other rectangles, and polylines that
 * cross each other. Coordinates are those of the drawing (x to the right, y downwards); nothing here depends on the
 * direction of the axes.
 */
public final class Geometry {

    private Geometry() {
    }

    /** A point of the drawing. */
    public record Point(double x, double y) {
    }

    /** An axis-aligned rectangle: its top-left corner, width and height. */
    public record Rect(double x, double y, double width, double height) {

        public Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }

        public double area() {
            return width * height;
        }

        /** Whether {@code inner} lies inside this rectangle; touching the edges from inside counts as inside. */
        public boolean contains(Rect inner) {
            return inner.x >= x && inner.y >= y
                    && inner.x + inner.width <= x + width
                    && inner.y + inner.height <= y + height;
        }
    }

    /**
     * Whether the closed segments a-b and c-d share at least one point: crossing, touching at an end, or overlapping
     * along a common line all count.
     */
    public static boolean segmentsIntersect(Point a, Point b, Point c, Point d) {
        int o1 = orientation(a, b, c);
        int o2 = orientation(a, b, d);
        int o3 = orientation(c, d, a);
        int o4 = orientation(c, d, b);
        if (o1 != o2 && o3 != o4) {
            return true;
        }
        return o1 == 0 && onSegment(a, b, c)
                || o2 == 0 && onSegment(a, b, d)
                || o3 == 0 && onSegment(c, d, a)
                || o4 == 0 && onSegment(c, d, b);
    }

    /** Whether two polylines (each a list of at least two points) share a point. */
    public static boolean polylinesIntersect(List<Point> first, List<Point> second) {
        for (int i = 0; i + 1 < first.size(); i++) {
            for (int j = 0; j + 1 < second.size(); j++) {
                if (segmentsIntersect(first.get(i), first.get(i + 1), second.get(j), second.get(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 1 when p-q-r turn counter-clockwise, -1 clockwise, 0 when the three points are on one line. */
    private static int orientation(Point p, Point q, Point r) {
        double cross = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return cross > 0 ? 1 : cross < 0 ? -1 : 0;
    }

    /** For r on the line through p and q: whether r lies between them. */
    private static boolean onSegment(Point p, Point q, Point r) {
        return r.x() >= Math.min(p.x(), q.x()) && r.x() <= Math.max(p.x(), q.x())
                && r.y() >= Math.min(p.y(), q.y()) && r.y() <= Math.max(p.y(), q.y());
    }
}
