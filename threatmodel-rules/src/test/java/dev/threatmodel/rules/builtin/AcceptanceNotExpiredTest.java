package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class AcceptanceNotExpiredTest {

    private final AcceptanceNotExpired rule = new AcceptanceNotExpired();
    private final ModelFixture m = new ModelFixture();

    AcceptanceNotExpiredTest() {
        m.zone("internet", 0, null);
        m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.store("db", "app");
        m.flow("f1", 1, "user", "api");
        m.flow("f2", 2, "api", "db");
    }

    @Test
    void anAcceptanceThatRunsUntilTodayPasses() {
        m.acceptedThreat("T1", StrideCategory.TAMPERING, "db", ThreatStatus.ACCEPTED,
                m.acceptance("Backups are offline", "CTO", ModelFixture.TODAY));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anAcceptanceThatExpiredYesterdayOnADataStoreIsAnError() {
        Acceptance a = m.acceptance("Backups are offline", "CTO", ModelFixture.TODAY.minusDays(1));
        m.acceptedThreat("T1", StrideCategory.TAMPERING, "db", ThreatStatus.ACCEPTED, a);
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM107", Level.ERROR, "Threat T1 \"Risk T1\" was accepted until 2026-11-22, "
                        + "which has passed, so the risk is open again: review it and renew the acceptance with a new "
                        + "expiry date, or mitigate the threat.", a.origin().of("expires")));
    }

    @Test
    void expiredAcceptancesOnFlowsInsideAZoneAndNotApplicableDecisionsCountToo() {
        m.acceptedThreat("T1", StrideCategory.TAMPERING, "f2", ThreatStatus.TRANSFERRED,
                m.acceptance("Insurer", "CFO", ModelFixture.TODAY.minusDays(3)));
        m.acceptedThreat("T2", StrideCategory.TAMPERING, "api", ThreatStatus.NOT_APPLICABLE,
                m.acceptance("No writes", "CTO", ModelFixture.TODAY.minusDays(3)));
        assertThat(m.check(rule)).extracting(Finding::identity).containsExactly("TM107/T1", "TM107/T2");
    }

    @Test
    void anExpiredAcceptanceOnACrossingFlowIsLeftToTm102() {
        m.acceptedThreat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.ACCEPTED,
                m.acceptance("CDN", "CTO", ModelFixture.TODAY.minusDays(1)));
        assertThat(m.check(rule)).isEmpty();
        assertThat(m.check(new CrossingThreatResolved())).extracting(Finding::identity).containsExactly("TM102/T1");
    }
}
