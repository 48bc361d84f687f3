package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ELK layout: every flow routed, the same model drawn the same way, and a small change moving little. */
class DiagramLayoutTest {

    private static final Path BLOG = Path.of("..", "examples", "blog", "threatmodel.yaml");

    @TempDir
    Path dir;

    @Test
    void everyFlowIsRoutedFromTheBorderOfItsSourceToTheBorderOfItsTarget() throws Exception {
        ThreatModel model = new ModelLoader().load(BLOG);
        Diagram diagram = new Diagram(ReportInput.of(model));
        DiagramLayout layout = new DiagramLayout(diagram);
        assertThat(diagram.flows()).hasSize(9);
        for (var flow : diagram.flows()) {
            DiagramLayout.Route route = layout.route(flow);
            assertThat(route).as(flow.id()).isNotNull();
            assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(onBorder(route.points().get(0), layout.nodes().get(flow.source())))
                    .as(flow.id() + " starts at " + java.util.Arrays.toString(route.points().get(0)) + ", source "
                            + layout.nodes().get(flow.source())).isTrue();
            double[] end = route.points().get(route.points().size() - 1);
            assertThat(onBorder(end, layout.nodes().get(flow.target())))
                    .as(flow.id() + " ends at " + java.util.Arrays.toString(end) + ", target "
                            + layout.nodes().get(flow.target())).isTrue();
            for (int i = 1; i < route.points().size(); i++) {
                double[] a = route.points().get(i - 1);
                double[] b = route.points().get(i);
                assertThat(Math.abs(a[0] - b[0]) < 0.01 || Math.abs(a[1] - b[1]) < 0.01)
                        .as("orthogonal segment of " + flow.id()).isTrue();
            }
        }
    }

    @Test
    void zonesHoldTheirElementsAndNestedZones() throws Exception {
        ThreatModel model = new ModelLoader().load(BLOG);
        DiagramLayout layout = new DiagramLayout(new Diagram(ReportInput.of(model)));
        assertThat(inside(layout.nodes().get("accounts"), layout.zones().get("account-db"))).isTrue();
        assertThat(inside(layout.zones().get("account-db"), layout.zones().get("web-server"))).isTrue();
        assertThat(inside(layout.nodes().get("author"), layout.zones().get("internet"))).isTrue();
        assertThat(inside(layout.nodes().get("author"), layout.zones().get("web-server"))).isFalse();
    }

    @Test
    void theSameModelGivesTheSameSvg() throws Exception {
        ThreatModel model = new ModelLoader().load(BLOG);
        String first = DiagramSvg.render(new Diagram(ReportInput.of(model)),
                new DiagramLayout(new Diagram(ReportInput.of(model))));
        ThreatModel again = new ModelLoader().load(BLOG);
        String second = DiagramSvg.render(new Diagram(ReportInput.of(again)),
                new DiagramLayout(new Diagram(ReportInput.of(again))));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void addingOneFlowKeepsTheZonesInTheirOrderAndTheElementsInTheirZonesPlaces() throws Exception {
        DiagramLayout before = layout(Files.readString(BLOG));
        String text = Files.readString(BLOG);
        String extra = """
                  - id: f10
                    number: 10
                    name: Post preview
                    source: render-post
                    target: author
                """;
        DiagramLayout after = layout(text.replace("\nthreats:", "\n" + extra + "\nthreats:"));
        assertThat(order(after.zones())).isEqualTo(order(before.zones()));
        for (String element : before.nodes().keySet()) {
            assertThat(after.nodes().get(element).x()).as(element + " stays in its column")
                    .isCloseTo(before.nodes().get(element).x(), org.assertj.core.data.Offset.offset(80.0));
        }
    }

    private DiagramLayout layout(String yaml) throws Exception {
        Path file = dir.resolve("m" + yaml.length() + ".yaml");
        Files.writeString(file, yaml);
        return new DiagramLayout(new Diagram(ReportInput.of(new ModelLoader().load(file))));
    }

    /** The zones from left to right. */
    private static List<String> order(Map<String, DiagramLayout.Box> zones) {
        return zones.entrySet().stream().sorted(Comparator.comparingDouble(e -> e.getValue().x()))
                .map(Map.Entry::getKey).toList();
    }

    private static boolean inside(DiagramLayout.Box inner, DiagramLayout.Box outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x()
                + outer.width() && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    private static boolean onBorder(double[] p, DiagramLayout.Box b) {
        double tolerance = 1.0;
        boolean withinX = p[0] >= b.x() - tolerance && p[0] <= b.x() + b.width() + tolerance;
        boolean withinY = p[1] >= b.y() - tolerance && p[1] <= b.y() + b.height() + tolerance;
        boolean onVertical = Math.abs(p[0] - b.x()) <= tolerance || Math.abs(p[0] - b.x() - b.width()) <= tolerance;
        boolean onHorizontal = Math.abs(p[1] - b.y()) <= tolerance
                || Math.abs(p[1] - b.y() - b.height()) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
