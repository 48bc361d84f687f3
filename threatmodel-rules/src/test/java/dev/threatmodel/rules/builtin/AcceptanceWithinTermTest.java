package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptanceWithinTermTest {

    private final AcceptanceWithinTerm rule = new AcceptanceWithinTerm();
    private final ModelFixture m = new ModelFixture();

    @Test
    void anAcceptanceEndingOnTheLastDayOfTheTermPasses() {
        m.acceptedThreat("T1", StrideCategory.TAMPERING, "api", ThreatStatus.ACCEPTED,
                m.acceptance("CDN", "CTO", ModelFixture.TODAY.plusDays(365)));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anAcceptanceBeyondTheTermIsAWarning() {
        Acceptance a = m.acceptance("CDN", "CTO", ModelFixture.TODAY.plusDays(366));
        m.acceptedThreat("T1", StrideCategory.TAMPERING, "api", ThreatStatus.TRANSFERRED, a);
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM603", Level.WARNING, "Threat T1 \"Risk T1\" is transferred until "
                        + "2027-11-24, 366 days from today, longer than the 365 days allowed: set an expiry date "
                        + "within the term and review the risk then.", a.origin().of("expires")));
    }

    @Test
    void theTermComesFromTheOptions() {
        m.acceptedThreat("T1", StrideCategory.TAMPERING, "api", ThreatStatus.ACCEPTED,
                m.acceptance("CDN", "CTO", ModelFixture.TODAY.plusDays(31)));
        RuleOptions thirtyDays = new RuleOptions(ModelFixture.TODAY, 365, 30);
        assertThat(new RuleEngine(List.of(rule), RuleConfig.DEFAULT).check(m.build(), thirtyDays))
                .extracting(Finding::identity).containsExactly("TM603/T1");
    }

    @Test
    void aModelWideSuppressionHoldingPastTheTermIsAWarningAtItsUntil() {
        dev.threatmodel.model.SourceLocation until = new dev.threatmodel.model.SourceLocation(ModelFixture.FILE, 4, 12);
        dev.threatmodel.model.Origin origin = new dev.threatmodel.model.Origin(
                new dev.threatmodel.model.SourceLocation(ModelFixture.FILE, 3, 5), java.util.Map.of("until", until));
        m.modelSuppression(new dev.threatmodel.model.Suppression("TM603", "moved with the roadmap", "CTO",
                ModelFixture.TODAY.plusDays(366), origin));
        m.modelSuppression(new dev.threatmodel.model.Suppression("TM603", "within the term", "CTO",
                ModelFixture.TODAY.plusDays(365), origin));
        assertThat(m.check(rule)).extracting(Finding::level, Finding::message, Finding::location).containsExactly(
                tuple(Level.WARNING, "The model-wide suppression of TM603 holds until "
                        + ModelFixture.TODAY.plusDays(366) + ", 366 days from today, longer than the 365 days allowed:"
                        + " set until within the term and review the waiver then.", until));
    }
}
