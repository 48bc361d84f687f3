package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ControlAnswersCategoryTest {

    private final ControlAnswersCategory rule = new ControlAnswersCategory();
    private final ModelFixture m = new ModelFixture();

    private Mitigation mitigation(SecurityProperty control) {
        return m.mitigation(control, SecurityDomain.OPERATIONS, MitigationStatus.IMPLEMENTED);
    }

    @Test
    void theMatchingControlPasses() {
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, mitigation(SecurityProperty.INTEGRITY));
        m.threat("T2", StrideCategory.SPOOFING, "u", ThreatStatus.MITIGATED,
                mitigation(SecurityProperty.AUTHENTICATION));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aMismatchedControlIsAWarningAtTheControl() {
        Mitigation good = mitigation(SecurityProperty.INTEGRITY);
        Mitigation bad = mitigation(SecurityProperty.NON_REPUDIATION);
        Threat t = m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED, good, bad);

        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::identity)
                .containsExactly(tuple("TM104", Level.WARNING, "The mitigation 2 \"Control non-repudiation\" of "
                                + "threat T1 provides non-repudiation, but threat T1 \"Risk T1\" is tampering, which "
                                + "integrity answers.", bad.origin().of("control"), "TM104/T1/mitigation-2"));
        assertThat(t.origin().of("category")).isNotEqualTo(bad.origin().of("control"));
    }

    @Test
    void threatsWithoutStrideCategoryAreSkipped() {
        m.threat("T1", null, "f1", ThreatStatus.MITIGATED, mitigation(SecurityProperty.AVAILABILITY));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aFormatWithoutMitigationDetailsGetsOneNoteInsteadOfFindings() {
        m.format(ModelFormat.THREAT_DRAGON_V2).gap(FormatGap.MITIGATION_DETAILS);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                mitigation(SecurityProperty.AVAILABILITY));
        m.threat("T2", StrideCategory.SPOOFING, "u", ThreatStatus.MITIGATED,
                mitigation(SecurityProperty.AVAILABILITY));

        assertThat(m.check(rule)).extracting(Finding::level, Finding::message, Finding::location, Finding::identity)
                .containsExactly(tuple(Level.NOTE, "This OWASP Threat Dragon v2 model cannot record mitigation "
                                + "controls, security domains and status, so TM104 ControlAnswersCategory skips "
                                + "the checks that need it. Add them per threat in a companion file next to the "
                                + "model (threatmodel.threatmodel.yaml; see docs/imports.md), or convert the model "
                                + "to the native format with threatmodel:convert.",
                        m.build().origin().at(), "TM104/(model)/format-gap-mitigation_details"));
    }
}
