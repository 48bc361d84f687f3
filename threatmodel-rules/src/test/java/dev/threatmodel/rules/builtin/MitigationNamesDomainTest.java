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
import org.junit.jupiter.api.Test;

class MitigationNamesDomainTest {

    private final MitigationNamesDomain rule = new MitigationNamesDomain();
    private final ModelFixture m = new ModelFixture();

    @Test
    void aMitigationWithADomainPasses() {
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, MitigationStatus.PLANNED));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aMitigationWithoutDomainIsAnErrorAtTheMitigation() {
        Mitigation m1 = m.mitigation(SecurityProperty.INTEGRITY, null, MitigationStatus.IMPLEMENTED);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, m1);

        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM105", Level.ERROR, "The mitigation 1 \"Control integrity\" of threat T1 "
                        + "names no security domain: add domain: with one of the thirteen domains, such as "
                        + "access-control or cryptography.", m1.origin().at()));
    }

    @Test
    void aMitigationWithAnIdIsNamedByIt() {
        Mitigation m1 = new Mitigation("tls", "TLS", SecurityProperty.INTEGRITY, null, MitigationStatus.IMPLEMENTED,
                null, null, null, m.origin("name"));
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, m1);
        assertThat(m.check(rule)).extracting(Finding::message, Finding::identity).containsExactly(tuple(
                "The mitigation tls \"TLS\" names no security domain: add domain: with one of the thirteen domains, "
                        + "such as access-control or cryptography.", "TM105/T1/tls"));
    }

    @Test
    void aFormatWithoutMitigationDetailsGetsOneNote() {
        m.gap(FormatGap.MITIGATION_DETAILS);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, null, null),
                m.mitigation(SecurityProperty.INTEGRITY, null, null));
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }
}
