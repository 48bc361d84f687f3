package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class UnvalidatedAssumptionInUseTest {

    private final UnvalidatedAssumptionInUse rule = new UnvalidatedAssumptionInUse();
    private final ModelFixture m = new ModelFixture();

    private void threatRelyingOn(String id, MitigationStatus status, String assumption) {
        m.threat(id, StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, status, assumption));
    }

    @Test
    void validatedAssumptionsAndUnusedUnvalidatedOnesPass() {
        m.assumption("tls", AssumptionStatus.VALIDATED);
        m.assumption("idea", AssumptionStatus.UNVALIDATED);
        threatRelyingOn("T1", MitigationStatus.IMPLEMENTED, "tls");
        threatRelyingOn("T2", MitigationStatus.PLANNED, "idea");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anUnvalidatedAssumptionUnderImplementedMitigationsIsOneWarningListingTheThreats() {
        Assumption tls = m.assumption("tls", AssumptionStatus.UNVALIDATED);
        threatRelyingOn("T1", MitigationStatus.IMPLEMENTED, "tls");
        threatRelyingOn("T2", MitigationStatus.IMPLEMENTED, "tls");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM207", Level.WARNING, "Assumption tls is unvalidated, but implemented "
                                + "mitigations of threats T1, T2 rely on it: check it and set its status to "
                                + "validated or refuted.", tls.origin().of("status")));
    }

    @Test
    void anAssumptionWithoutStatusCountsAsUnvalidated() {
        Assumption tls = m.add(new Assumption("tls", null, "TLS everywhere", null, null, null, java.util.List.of(),
                m.origin("text")));
        threatRelyingOn("T1", MitigationStatus.IMPLEMENTED, "tls");
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location)
                .containsExactly(tuple("Assumption tls has no status, so it counts as unvalidated, but implemented "
                        + "mitigations of threat T1 rely on it: check it and set its status to validated or refuted.",
                        tls.origin().at()));
    }
}
