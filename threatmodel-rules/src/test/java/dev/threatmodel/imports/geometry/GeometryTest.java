package dev.threatmodel.imports.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.imports.geometry.Geometry.Point;
import dev.threatmodel.imports.geometry.Geometry.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryTest {

    private static Point p(double x, double y) {
        return new Point(x, y);
    }

    @Test
    void aBoxHoldsARectangleThatLiesInsideIt() {
        Rect box = new Rect(0, 0, 100, 100);
        assertThat(box.contains(new Rect(10, 10, 20, 20))).isTrue();
        assertThat(box.contains(new Rect(0, 0, 100, 100))).as("touching every edge from inside").isTrue();
        assertThat(box.contains(new Rect(90, 10, 20, 20))).as("sticking out on the right").isFalse();
        assertThat(box.contains(new Rect(-1, 10, 20, 20))).as("sticking out on the left").isFalse();
        assertThat(box.contains(new Rect(200, 200, 10, 10))).as("far away").isFalse();
        assertThat(new Rect(10, 10, 20, 20).contains(box)).as("the smaller never holds the larger").isFalse();
    }

    @Test
    void nestedBoxesHoldEachOtherInOrder() {
        Rect outer = new Rect(0, 0, 500, 500);
        Rect inner = new Rect(50, 50, 200, 200);
        Rect element = new Rect(100, 100, 50, 50);
        assertThat(outer.contains(inner)).isTrue();
        assertThat(inner.contains(element)).isTrue();
        assertThat(outer.contains(element)).isTrue();
        assertThat(inner.contains(outer)).isFalse();
        assertThat(inner.area()).isLessThan(outer.area());
        assertThat(element.centre()).isEqualTo(p(125, 125));
    }

    @Test
    void crossingSegmentsIntersect() {
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 10), p(0, 10), p(10, 0))).isTrue();
    }

    @Test
    void separateSegmentsDoNotIntersect() {
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 0), p(0, 5), p(10, 5))).as("parallel").isFalse();
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 10), p(20, 0), p(11, 9)))
                .as("would cross only if extended").isFalse();
    }

    @Test
    void collinearSegmentsIntersectOnlyWhenTheyOverlap() {
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 0), p(5, 0), p(15, 0))).as("overlapping").isTrue();
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 0), p(11, 0), p(20, 0))).as("apart").isFalse();
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 0), p(10, 0), p(20, 0))).as("end to end").isTrue();
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(0, 10), p(0, 2), p(0, 3))).as("one inside the other")
                .isTrue();
    }

    @Test
    void touchingCountsAsIntersecting() {
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 0), p(5, 0), p(5, 10))).as("T: end on the other")
                .isTrue();
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 0), p(10, 0), p(10, 10))).as("shared end point")
                .isTrue();
        assertThat(Geometry.segmentsIntersect(p(0, 0), p(10, 0), p(5, 1), p(5, 10))).as("just short of it")
                .isFalse();
    }

    @Test
    void polylinesIntersectWhenAnyOfTheirSegmentsDo() {
        List<Point> wall = List.of(p(200, 0), p(200, 400));
        assertThat(Geometry.polylinesIntersect(List.of(p(50, 150), p(350, 150)), wall)).isTrue();
        assertThat(Geometry.polylinesIntersect(List.of(p(50, 150), p(50, 450), p(350, 450), p(350, 150)), wall))
                .as("a path that goes round the end of the line").isFalse();
        List<Point> bent = List.of(p(130, 232), p(177, 149), p(291, 150));
        assertThat(Geometry.polylinesIntersect(List.of(p(106, 78), p(245, 112), p(258, 239)), bent))
                .as("crosses the second segment of a bent line").isTrue();
    }
}
