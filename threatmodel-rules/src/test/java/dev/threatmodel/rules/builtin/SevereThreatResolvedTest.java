package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Severity;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SevereThreatResolvedTest {

    private final SevereThreatResolved rule = new SevereThreatResolved();
    private final ModelFixture m = new ModelFixture();

    SevereThreatResolvedTest() {
        m.zone("internet", 0, null);
        m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.flow("f1", 1, "user", "api");
    }

    private Threat threat(String id, Severity severity, ThreatStatus status, String target) {
        return m.add(new Threat(id, "Risk " + id, StrideCategory.ELEVATION_OF_PRIVILEGE, null, target, null, severity,
                status, List.of(), null, List.of(), m.threatOrigin()));
    }

    @Test
    void anOpenCriticalThreatOnAProcessIsAWarning() {
        Threat t = threat("T1", Severity.CRITICAL, ThreatStatus.OPEN, "api");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM108", Level.WARNING, "Threat T1 \"Risk T1\" of critical severity is not "
                        + "resolved (it is open): mitigate it with an implemented control, or accept it with a "
                        + "justification, acceptedBy and an expiry date.", t.origin().of("status")));
    }

    @Test
    void aThreatWithoutSeverityCountsAsHigh() {
        threat("T1", null, ThreatStatus.MITIGATED, "api");
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly("Threat T1 \"Risk T1\" of no stated "
                + "severity (counted as high) is not resolved (no mitigation is implemented): mitigate it with an "
                + "implemented control, or accept it with a justification, acceptedBy and an expiry date.");
    }

    @Test
    void lowAndMediumThreatsAndThreatsOnCrossingFlowsAreLeftAlone() {
        threat("T1", Severity.LOW, ThreatStatus.OPEN, "api");
        threat("T2", Severity.MEDIUM, ThreatStatus.OPEN, "api");
        threat("T3", Severity.CRITICAL, ThreatStatus.OPEN, "f1");
        assertThat(m.check(rule)).isEmpty();
    }
}
