package dev.threatmodel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Boundary lines recorded by an importer count as crossings next to zone membership. */
class BoundaryLinesTest {

    private static final Origin AT = Origin.of(SourceLocation.startOf(Path.of("m.json")));

    private static Element element(String id, String zone) {
        return new Element(id, id, ElementType.PROCESS, null, zone, false, null, Set.of(), null, null, List.of(), AT);
    }

    private static DataFlow flow(String id, String source, String target) {
        return new DataFlow(id, id, null, source, target, List.of(), null, null, null, false, List.of(), AT);
    }

    private static TrustZone zone(String id, Integer trust) {
        return new TrustZone(id, id, trust, null, null, null, List.of(), List.of(), AT);
    }

    @Test
    void aFlowCrossesTheLinesRecordedForItEvenBetweenElementsOfOneZone() {
        ThreatModel model = ThreatModel.builder()
                .zone(zone("box", 50)).zone(zone("wall", null))
                .element(element("a", "box")).element(element("b", "box")).element(element("c", null))
                .flow(flow("over-the-wall", "a", "b")).flow(flow("same-side", "a", "b"))
                .flow(flow("loose", "a", null))
                .crossedBoundaries("over-the-wall", List.of("wall"))
                .crossedBoundaries("loose", List.of("wall", "no-such-zone"))
                .build();
        BoundaryAnalysis analysis = BoundaryAnalysis.of(model);

        FlowCrossing over = analysis.of("over-the-wall").orElseThrow();
        assertThat(over.crosses()).isTrue();
        assertThat(over.exited()).isEmpty();
        assertThat(over.entered()).isEmpty();
        assertThat(over.lines()).extracting(TrustZone::id).containsExactly("wall");
        assertThat(over.boundaries()).extracting(TrustZone::id).containsExactly("wall");
        assertThat(over.direction()).isEqualTo(CrossingDirection.BETWEEN_EQUALS);
        assertThat(analysis.of("same-side").orElseThrow().crosses()).isFalse();
        FlowCrossing loose = analysis.of("loose").orElseThrow();
        assertThat(loose.lines()).as("unknown zone ids are skipped").extracting(TrustZone::id).containsExactly("wall");
        assertThat(loose.direction()).isEqualTo(CrossingDirection.UNKNOWN);
        assertThat(analysis.crossingFlows()).extracting(c -> c.flow().id()).containsExactly("over-the-wall", "loose");
        assertThat(model.crossedBoundaries("same-side")).isEmpty();
    }

    @Test
    void linesComeAfterTheZonesLeftAndEntered() {
        ThreatModel model = ThreatModel.builder()
                .zone(zone("inside", 80)).zone(zone("wall", null))
                .element(element("a", null)).element(element("b", "inside"))
                .flow(flow("in", "a", "b"))
                .crossedBoundaries("in", List.of("wall"))
                .build();
        FlowCrossing in = BoundaryAnalysis.of(model).of("in").orElseThrow();
        assertThat(in.boundaries()).extracting(TrustZone::id).containsExactly("inside", "wall");
        assertThat(in.direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
    }
}
