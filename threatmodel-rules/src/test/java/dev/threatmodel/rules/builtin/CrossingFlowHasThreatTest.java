package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossingFlowHasThreatTest {

    private final CrossingFlowHasThreat rule = new CrossingFlowHasThreat();

    @Test
    void crossingFlowsWithThreatsPass() {
        assertThat(ModelFixture.compliant().check(rule)).isEmpty();
    }

    @Test
    void aCrossingFlowWithoutThreatIsAnErrorOnTheFlowNamingBothBoundaries() {
        ModelFixture m = new ModelFixture();
        TrustZone internet = m.zone("internet", 0, null);
        TrustZone app = m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        DataFlow f1 = m.flow("f1", 1, "user", "api");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::rank, Finding::identity)
                .containsExactly(tuple("TM101", Level.ERROR, "The flow f1 \"Data f1\" (crosses into a more trusted "
                                + "zone) has no threat aimed at it: add a threat whose target is f1.",
                        f1.origin().at(), 90, "TM101/f1"));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(internet.origin().at(), "the flow leaves zone internet \"Internet\""),
                new RelatedLocation(app.origin().at(), "the flow enters zone app \"App\""));
    }

    @Test
    void findingsRankByTheDirectionOfTheFlow() {
        ModelFixture m = new ModelFixture();
        m.zone("internet", 0, null);
        m.zone("app", 60, null);
        m.zone("partner", 60, null);
        m.zone("unrated", null, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.process("peer", "partner");
        m.process("odd", "unrated");
        m.flow("in", 1, "user", "api");
        m.flow("out", 2, "api", "user");
        m.flow("level", 3, "api", "peer");
        m.flow("unknown", 4, "odd", "api");
        m.flow("inside", 5, "api", "api");

        assertThat(m.check(rule)).extracting(Finding::identity, Finding::rank).containsExactly(
                tuple("TM101/in", 90), tuple("TM101/unknown", 90), tuple("TM101/out", 60),
                tuple("TM101/level", 50));
    }

    @Test
    void aFlowThatCrossesNoBoundaryNeedsNoThreat() {
        ModelFixture m = new ModelFixture();
        m.zone("app", 60, null);
        m.process("api", "app");
        m.store("db", "app");
        m.flow("f1", 1, "api", "db");
        assertThat(m.check(rule)).isEmpty();
    }
}
