package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossingThreatResolvedTest {

    private static final String ON_F1 = "Threat T1 \"Risk T1\" on flow f1 \"Data f1\" (crosses into a more trusted "
            + "zone)";

    private final CrossingThreatResolved rule = new CrossingThreatResolved();
    private final ModelFixture m = new ModelFixture();
    private TrustZone internet;
    private TrustZone app;

    CrossingThreatResolvedTest() {
        internet = m.zone("internet", 0, null);
        app = m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.flow("f1", 1, "user", "api");
    }

    private Threat mitigatedBy(MitigationStatus status, String... reliesOn) {
        return m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, status, reliesOn));
    }

    private Threat accepted(ThreatStatus status, Acceptance acceptance) {
        return m.acceptedThreat("T1", StrideCategory.TAMPERING, "f1", status, acceptance);
    }

    @Test
    void anImplementedMitigationResolvesTheThreat() {
        mitigatedBy(MitigationStatus.IMPLEMENTED);
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anOpenThreatIsAnErrorAtItsStatusRankedByTheFlow() {
        Threat t = m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.OPEN);

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::rank, Finding::identity)
                .containsExactly(tuple("TM102", Level.ERROR, ON_F1 + " is open: mitigate it with an implemented "
                                + "control, or accept it with a justification, acceptedBy and an expiry date.",
                        t.origin().of("status"), 90, "TM102/T1"));
        assertThat(findings.get(0).related()).extracting(RelatedLocation::location)
                .containsExactly(internet.origin().at(), app.origin().at());
    }

    @Test
    void aThreatWithoutStatusCountsAsOpen() {
        Threat t = m.threat("T1", StrideCategory.TAMPERING, "f1", null);
        assertThat(m.check(rule)).extracting(Finding::location).containsExactly(t.origin().of("status"));
    }

    @Test
    void aMitigatedThreatWithOnlyPlannedMitigationsIsAnError() {
        Threat t = mitigatedBy(MitigationStatus.PLANNED);
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                ON_F1 + " is marked mitigated but has no implemented mitigation: implement one and set its status "
                        + "to implemented.", t.origin().of("mitigations")));
    }

    @Test
    void aMitigationRelyingOnARefutedAssumptionNoLongerCounts() {
        Assumption tls = m.assumption("tls", AssumptionStatus.REFUTED);
        Threat t = mitigatedBy(MitigationStatus.IMPLEMENTED, "tls");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::message, Finding::location).containsExactly(tuple(
                ON_F1 + " is open again: every implemented mitigation relies on a refuted assumption (tls). Add a "
                        + "mitigation that does not rely on it, or fix and re-validate the assumption.",
                t.origin().of("status")));
        assertThat(findings.get(0).related().get(0))
                .isEqualTo(new RelatedLocation(tls.origin().of("status"), "assumption tls was refuted"));
    }

    @Test
    void anotherImplementedMitigationKeepsTheThreatResolvedWhenOneAssumptionIsRefuted() {
        m.assumption("tls", AssumptionStatus.REFUTED);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, MitigationStatus.IMPLEMENTED,
                        "tls"),
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.SECURE_DEVELOPMENT,
                        MitigationStatus.IMPLEMENTED));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aCompleteUnexpiredAcceptanceResolvesTheThreatUpToAndIncludingItsLastDay() {
        accepted(ThreatStatus.ACCEPTED, m.acceptance("Low value", "CTO", ModelFixture.TODAY));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anExpiredAcceptanceIsAnErrorAtItsExpiryDate() {
        Acceptance a = m.acceptance("Low value", "CTO", ModelFixture.TODAY.minusDays(1));
        accepted(ThreatStatus.ACCEPTED, a);
        assertThat(m.check(rule)).extracting(Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple(Level.ERROR, ON_F1 + " was accepted until 2026-11-22, which has passed: "
                                + "review the risk and renew the acceptance, or mitigate the threat.",
                        a.origin().of("expires")));
    }

    @Test
    void anIncompleteAcceptanceNamesWhatIsMissing() {
        Acceptance a = m.acceptance("Low value", " ", null);
        accepted(ThreatStatus.ACCEPTED, a);
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                ON_F1 + " is accepted without acceptedBy, expires: an acceptance needs a justification, acceptedBy "
                        + "and an expiry date.", a.origin().at()));
    }

    @Test
    void anAcceptedThreatWithoutAcceptancePointsAtItsStatus() {
        Threat t = accepted(ThreatStatus.ACCEPTED, null);
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                ON_F1 + " is accepted without justification, acceptedBy, expires: an acceptance needs a "
                        + "justification, acceptedBy and an expiry date.", t.origin().of("status")));
    }

    @Test
    void aTransferredThreatNeedsTheSameAcceptanceAsAnAcceptedOne() {
        accepted(ThreatStatus.TRANSFERRED, m.acceptance("Insured", null, ModelFixture.TODAY));
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly(ON_F1 + " is transferred without "
                + "acceptedBy: an acceptance needs a justification, acceptedBy and an expiry date.");
    }

    @Test
    void aNotApplicableThreatNeedsAJustification() {
        Threat t = accepted(ThreatStatus.NOT_APPLICABLE, null);
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                ON_F1 + " is not-applicable without a justification: add an acceptance whose justification says "
                        + "why the threat does not apply.", t.origin().of("status")));
    }

    @Test
    void aJustifiedNotApplicableThreatIsResolved() {
        accepted(ThreatStatus.NOT_APPLICABLE, m.acceptance("The flow carries only public data", null, null));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void threatsOnFlowsThatCrossNoBoundaryAreLeftToOtherRules() {
        m.process("worker", "app");
        m.flow("f2", 2, "api", "worker");
        m.threat("T2", StrideCategory.TAMPERING, "f2", ThreatStatus.OPEN);
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void formatsWithoutMitigationDetailsAreTakenAtTheirWordWithOneNotePerMissingFact() {
        m.gap(FormatGap.MITIGATION_DETAILS).gap(FormatGap.ACCEPTANCE_DETAILS);
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED);
        m.acceptedThreat("T2", StrideCategory.TAMPERING, "f1", ThreatStatus.ACCEPTED, null);
        assertThat(m.check(rule)).extracting(Finding::level, Finding::identity).containsExactly(
                tuple(Level.NOTE, "TM102/(model)/format-gap-mitigation_details"),
                tuple(Level.NOTE, "TM102/(model)/format-gap-acceptance_details"));
    }
}
