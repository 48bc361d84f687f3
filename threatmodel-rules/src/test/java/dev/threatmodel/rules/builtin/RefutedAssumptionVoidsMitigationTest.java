package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefutedAssumptionVoidsMitigationTest {

    private final RefutedAssumptionVoidsMitigation rule = new RefutedAssumptionVoidsMitigation();
    private final ModelFixture m = new ModelFixture();

    private Mitigation implemented(String... reliesOn) {
        return m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, MitigationStatus.IMPLEMENTED,
                reliesOn);
    }

    @Test
    void mitigationsOnValidatedAssumptionsPass() {
        m.assumption("tls", AssumptionStatus.VALIDATED);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, implemented("tls"));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aRefutedAssumptionReopensAThreatAndTheFindingPointsAtIt() {
        Assumption tls = m.assumption("tls", AssumptionStatus.REFUTED);
        Mitigation mitigation = implemented("tls");
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, mitigation);

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::identity)
                .containsExactly(tuple("TM206", Level.ERROR, "The mitigation 1 \"Control integrity\" of threat T1 "
                                + "relies on assumption tls, which was refuted: threat T1 \"Risk T1\" has no other "
                                + "implemented mitigation and is open again.", mitigation.origin().of("reliesOn"),
                        "TM206/T1/mitigation-1/tls"));
        assertThat(findings.get(0).related())
                .containsExactly(new RelatedLocation(tls.origin().of("status"), "assumption tls was refuted"));
    }

    @Test
    void whenAnotherMitigationHoldsTheFindingSaysOnlyThisOneNoLongerCounts() {
        m.assumption("tls", AssumptionStatus.REFUTED);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, implemented("tls"), implemented());
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly("The mitigation 1 \"Control "
                + "integrity\" of threat T1 relies on assumption tls, which was refuted: it no longer counts for "
                + "threat T1 \"Risk T1\".");
    }

    @Test
    void plannedMitigationsAreNotReported() {
        m.assumption("tls", AssumptionStatus.REFUTED);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.OPEN,
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, MitigationStatus.PLANNED,
                        "tls"));
        assertThat(m.check(rule)).isEmpty();
    }
}
