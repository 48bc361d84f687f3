package dev.threatmodel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.ThreatResolution.Verdict;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ThreatResolutionTest {

    @Test
    void aMitigationWithoutStatusDoesNotCountInTheNativeFormat() {
        ModelFixture m = new ModelFixture();
        Mitigation unknown = m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.NETWORK, null);
        Threat t = m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, unknown);
        assertThat(ThreatResolution.implemented(unknown, m.build())).isFalse();
        assertThat(ThreatResolution.of(t, m.build(), ModelFixture.TODAY).verdict())
                .isEqualTo(Verdict.NO_IMPLEMENTED_MITIGATION);
    }

    @Test
    void aMitigationWithoutStatusCountsWhereTheFormatCannotRecordOne() {
        ModelFixture m = new ModelFixture().gap(FormatGap.MITIGATION_DETAILS);
        Mitigation unknown = m.mitigation(SecurityProperty.INTEGRITY, null, null);
        assertThat(ThreatResolution.implemented(unknown, m.build())).isTrue();
    }

    @Test
    void everyRefutedAssumptionBehindTheVoidedMitigationsIsNamedOnceInTheOrderTheMitigationsNameThem() {
        ModelFixture m = new ModelFixture();
        m.assumption("a", AssumptionStatus.REFUTED);
        m.assumption("b", AssumptionStatus.REFUTED);
        m.assumption("c", AssumptionStatus.VALIDATED);
        Threat t = m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.NETWORK,
                        MitigationStatus.IMPLEMENTED, "b", "c"),
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.NETWORK,
                        MitigationStatus.IMPLEMENTED, "a", "b"));
        ThreatResolution r = ThreatResolution.of(t, m.build(), ModelFixture.TODAY);
        assertThat(r.verdict()).isEqualTo(Verdict.MITIGATIONS_VOIDED);
        assertThat(r.resolved()).isFalse();
        assertThat(r.refuted()).extracting(a -> a.id()).containsExactly("b", "a");
    }
}
