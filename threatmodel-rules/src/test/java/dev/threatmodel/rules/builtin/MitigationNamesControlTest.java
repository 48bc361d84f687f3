package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class MitigationNamesControlTest {

    private final MitigationNamesControl rule = new MitigationNamesControl();

    @Test
    void mitigationsWithAControlPass() {
        assertThat(ModelFixture.compliant().check(rule)).isEmpty();
    }

    @Test
    void aMitigationWithoutControlIsAnErrorLikeOneWithoutDomain() {
        ModelFixture m = new ModelFixture();
        Mitigation none = new Mitigation(null, "Signed cookie", null, SecurityDomain.CRYPTOGRAPHY,
                MitigationStatus.IMPLEMENTED, null, List.of(), List.of(), m.origin("name", "domain", "status"));
        m.threat("T1", StrideCategory.TAMPERING, "api", ThreatStatus.MITIGATED, none);
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::identity)
                .containsExactly(tuple("TM106", Level.ERROR, "The mitigation 1 \"Signed cookie\" of threat T1 names "
                        + "no security control: add control: with the property it provides (for tampering, "
                        + "integrity).", none.origin().at(), "TM106/T1/mitigation-1"));
    }

    @Test
    void aFormatThatCannotRecordControlsGetsOneNote() {
        ModelFixture m = new ModelFixture().gap(FormatGap.MITIGATION_DETAILS);
        m.threat("T1", StrideCategory.TAMPERING, "api", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, null, null));
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }
}
