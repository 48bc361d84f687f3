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

    /**
     * The most vertices one drawn line (a flow or a boundary curve) may have. Drawings have a handful; the limit,
     * with the bounding-box filters of {@link #polylinesIntersect}, bounds the work of finding crossings.
     */
    public static final int MAX_VERTICES = 1_000;

    /**
     * The most segment pairs tested for crossings in one file, whatever the bounding boxes: 20 million take well
     * under a second; a drawing past it is refused rather than allowed to stall the build.
     */
    public static final long MAX_SEGMENT_TESTS = 20_000_000L;

    /** A polyline (at least two points) with its bounding box, computed once. */
    public record Polyline(List<Point> points, double minX, double minY, double maxX, double maxY) {

        public static Polyline of(List<Point> points) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (Point p : points) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            return new Polyline(List.copyOf(points), minX, minY, maxX, maxY);
        }

        /** Whether the bounding boxes overlap or touch; NaN coordinates count as overlapping (tested in full). */
        public boolean mayMeet(Polyline other) {
            return !(other.minX > maxX || other.maxX < minX || other.minY > maxY || other.maxY < minY);
        }

        public boolean segmentMayMeet(Point a, Point b) {
            return !(Math.min(a.x(), b.x()) > maxX || Math.max(a.x(), b.x()) < minX
                    || Math.min(a.y(), b.y()) > maxY || Math.max(a.y(), b.y()) < minY);
        }
    }

    /** Counts the segment pairs tested, so that a file's total can be held under {@link #MAX_SEGMENT_TESTS}. */
    public static final class Budget {
        private long used;

        public long used() {
            return used;
        }

        public boolean exhausted() {
            return used > MAX_SEGMENT_TESTS;
        }
    }

    /** Whether two polylines (each a list of at least two points) share a point. */
    public static boolean polylinesIntersect(List<Point> first, List<Point> second) {
        return polylinesIntersect(Polyline.of(first), Polyline.of(second), new Budget());
    }

    /**
     * Whether two polylines share a point. Lines whose bounding boxes are apart are not looked at segment by segment,
     * and only the segments of one line that reach into the other's bounding box are tested; each segment pair tested
     * is counted in {@code budget}.
     */
    public static boolean polylinesIntersect(Polyline first, Polyline second, Budget budget) {
        if (!first.mayMeet(second)) {
            return false;
        }
        List<Point> a = first.points();
        List<Point> b = second.points();
        for (int i = 0; i + 1 < a.size(); i++) {
            Point p = a.get(i);
            Point q = a.get(i + 1);
            if (!second.segmentMayMeet(p, q)) {
                continue;
            }
            for (int j = 0; j + 1 < b.size(); j++) {
                budget.used++;
                if (segmentsIntersect(p, q, b.get(j), b.get(j + 1))) {
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
