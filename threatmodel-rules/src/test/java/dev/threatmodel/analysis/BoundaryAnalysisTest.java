package dev.threatmodel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class BoundaryAnalysisTest {

    private static FlowCrossing crossing(ModelFixture m, String flowId) {
        return BoundaryAnalysis.of(m.build()).of(flowId).orElseThrow();
    }

    @Test
    void aFlowInsideOneZoneCrossesNothing() {
        ModelFixture m = new ModelFixture();
        m.zone("app", 50, null);
        m.process("a", "app");
        m.store("b", "app");
        m.flow("f", 1, "a", "b");
        FlowCrossing c = crossing(m, "f");
        assertThat(c.crosses()).isFalse();
        assertThat(c.direction()).isEqualTo(CrossingDirection.BETWEEN_EQUALS);
        assertThat(BoundaryAnalysis.of(m.build()).crossingFlows()).isEmpty();
    }

    @Test
    void aFlowIntoAMoreTrustedZoneLeavesOneAndEntersTheOther() {
        ModelFixture m = new ModelFixture();
        TrustZone internet = m.zone("internet", 0, null);
        TrustZone app = m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.flow("f", 1, "user", "api");
        m.flow("back", 2, "api", "user");
        FlowCrossing in = crossing(m, "f");
        assertThat(in.exited()).containsExactly(internet);
        assertThat(in.entered()).containsExactly(app);
        assertThat(in.boundaries()).containsExactly(internet, app);
        assertThat(in.direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
        assertThat(crossing(m, "back").direction()).isEqualTo(CrossingDirection.INTO_LESS_TRUSTED);
    }

    @Test
    void aFlowFromANestedZoneToItsParentCrossesOnlyTheInnerBoundary() {
        ModelFixture m = new ModelFixture();
        TrustZone outer = m.zone("outer", 60, null);
        TrustZone inner = m.zone("inner", 90, "outer");
        m.store("db", "inner");
        m.process("api", "outer");
        m.flow("read", 1, "db", "api");
        m.flow("write", 2, "api", "db");
        FlowCrossing read = crossing(m, "read");
        assertThat(read.exited()).containsExactly(inner);
        assertThat(read.entered()).isEmpty();
        assertThat(read.direction()).isEqualTo(CrossingDirection.INTO_LESS_TRUSTED);
        FlowCrossing write = crossing(m, "write");
        assertThat(write.entered()).containsExactly(inner);
        assertThat(write.exited()).isEmpty();
        assertThat(write.direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
        assertThat(write.boundaries()).doesNotContain(outer);
    }

    @Test
    void aFlowBetweenNestedSiblingsCrossesBothInnerBoundariesButNotTheParent() {
        ModelFixture m = new ModelFixture();
        m.zone("dc", 50, null);
        TrustZone a = m.zone("a", 70, "dc");
        TrustZone b = m.zone("b", 70, "dc");
        m.process("p", "a");
        m.process("q", "b");
        m.flow("f", 1, "p", "q");
        FlowCrossing c = crossing(m, "f");
        assertThat(c.exited()).containsExactly(a);
        assertThat(c.entered()).containsExactly(b);
        assertThat(c.direction()).isEqualTo(CrossingDirection.BETWEEN_EQUALS);
    }

    @Test
    void aZoneWithoutTrustLevelInheritsItsParentsLevel() {
        ModelFixture m = new ModelFixture();
        m.zone("dc", 80, null);
        m.zone("rack", null, "dc");
        m.zone("internet", 0, null);
        m.entity("user", "internet");
        m.process("p", "rack");
        m.flow("f", 1, "user", "p");
        BoundaryAnalysis analysis = BoundaryAnalysis.of(m.build());
        assertThat(analysis.trustOf(m.build().element("p").orElseThrow())).isEqualTo(80);
        assertThat(analysis.of("f").orElseThrow().direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
    }

    @Test
    void aBidirectionalFlowCountsAsMovingIntoTheMoreTrustedZone() {
        ModelFixture m = new ModelFixture();
        m.zone("internet", 0, null);
        m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.bidirectionalFlow("f", 1, "api", "user");
        m.bidirectionalFlow("g", 2, "user", "api");
        assertThat(crossing(m, "f").direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
        assertThat(crossing(m, "f").back()).as("inbound only on its way back").isTrue();
        assertThat(crossing(m, "g").back()).as("inbound as drawn").isFalse();
    }

    @Test
    void anElementInNoZoneIsLeastTrusted() {
        ModelFixture m = new ModelFixture();
        TrustZone app = m.zone("app", 10, null);
        m.outOfScope("relay", ElementType.EXTERNAL_ENTITY, "Run by the mail team");
        m.process("api", "app");
        m.flow("in", 1, "relay", "api");
        m.flow("out", 2, "api", "relay");
        FlowCrossing in = crossing(m, "in");
        assertThat(in.exited()).isEmpty();
        assertThat(in.entered()).containsExactly(app);
        assertThat(in.direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
        assertThat(crossing(m, "out").direction()).isEqualTo(CrossingDirection.INTO_LESS_TRUSTED);
    }

    @Test
    void aFlowBetweenTwoElementsInNoZoneCrossesNothing() {
        ModelFixture m = new ModelFixture();
        m.outOfScope("a", ElementType.EXTERNAL_ENTITY, "elsewhere");
        m.outOfScope("b", ElementType.EXTERNAL_ENTITY, "elsewhere");
        m.flow("f", 1, "a", "b");
        assertThat(crossing(m, "f").crosses()).isFalse();
    }

    @Test
    void aFlowBetweenInScopeElementsInNoZoneStillCrossesWithUnknownDirection() {
        ModelFixture m = new ModelFixture();
        m.zone("app", 60, null);
        m.entity("user", null);
        m.process("api", null);
        m.flow("f", 1, "user", "api");
        m.flow("self", 2, "api", "api");
        FlowCrossing c = crossing(m, "f");
        assertThat(c.crosses()).as("leaving out zone must not take a flow out of the checks").isTrue();
        assertThat(c.unplaced()).isTrue();
        assertThat(c.direction()).isEqualTo(CrossingDirection.UNKNOWN);
        assertThat(crossing(m, "self").crosses()).isFalse();
    }

    @Test
    void formatsThatDrawBoundariesAsLinesKeepElementsOutsideEveryZoneUncrossed() {
        ModelFixture m = new ModelFixture().format(dev.threatmodel.model.ModelFormat.THREAT_DRAGON_V2);
        m.entity("user", null);
        m.process("api", null);
        m.flow("f", 1, "user", "api");
        assertThat(crossing(m, "f").crosses()).isFalse();
    }

    @Test
    void unknownTrustOnEitherSideMakesTheDirectionUnknown() {
        ModelFixture m = new ModelFixture();
        m.zone("x", null, null);
        m.zone("y", 40, null);
        m.process("p", "x");
        m.process("q", "y");
        m.flow("f", 1, "p", "q");
        FlowCrossing c = crossing(m, "f");
        assertThat(c.crosses()).isTrue();
        assertThat(c.direction()).isEqualTo(CrossingDirection.UNKNOWN);
        assertThat(c.mayEnterMoreTrusted()).as("unknown trust is the worst case").isTrue();
    }

    @Test
    void aFlowWithAMissingEndCrossesNothing() {
        ModelFixture m = new ModelFixture();
        m.zone("app", 50, null);
        m.process("p", "app");
        m.flow("f", 1, "p", "ghost");
        assertThat(crossing(m, "f").crosses()).isFalse();
    }

    @Test
    void crossingFlowsKeepFileOrder() {
        ModelFixture m = ModelFixture.compliant();
        assertThat(BoundaryAnalysis.of(m.build()).crossingFlows()).extracting(c -> c.flow().id())
                .containsExactly("f1", "f2", "f3");
    }
}
