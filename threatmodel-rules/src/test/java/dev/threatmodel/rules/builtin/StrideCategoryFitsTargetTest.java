package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrideCategoryFitsTargetTest {

    private final StrideCategoryFitsTarget rule = new StrideCategoryFitsTarget();
    private final ModelFixture m = new ModelFixture();
    private final DataFlow f1;

    StrideCategoryFitsTargetTest() {
        m.zone("app", 60, null);
        m.entity("user", "app");
        m.process("api", "app");
        m.store("db", "app");
        f1 = m.flow("f1", 1, "user", "api");
    }

    @Test
    void categoriesThatFitTheirTargetsPass() {
        m.threat("T1", StrideCategory.SPOOFING, "user", ThreatStatus.OPEN);
        m.threat("T2", StrideCategory.ELEVATION_OF_PRIVILEGE, "api", ThreatStatus.OPEN);
        m.threat("T3", StrideCategory.TAMPERING, "f1", ThreatStatus.OPEN);
        m.threat("T4", StrideCategory.REPUDIATION, "db", ThreatStatus.OPEN);
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void spoofingAFlowIsAWarningAtTheCategory() {
        Threat t = m.threat("T1", StrideCategory.SPOOFING, "f1", ThreatStatus.OPEN);

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM103", Level.WARNING, "Threat T1 \"Risk T1\" is spoofing, which does not "
                                + "apply to the data flow f1 \"Data f1\" it is aimed at; spoofing applies to: "
                                + "external entity, process, AI agent. Aim it at such an element or choose another "
                                + "category.",
                        t.origin().of("category")));
        assertThat(findings.get(0).related())
                .containsExactly(new RelatedLocation(f1.origin().at(), "the threat's target"));
    }

    @Test
    void elevationOfPrivilegeOnAStoreIsReported() {
        m.threat("T1", StrideCategory.ELEVATION_OF_PRIVILEGE, "db", ThreatStatus.OPEN);
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly("Threat T1 \"Risk T1\" is "
                + "elevation-of-privilege, which does not apply to the data store db \"Db\" it is aimed at; "
                + "elevation-of-privilege applies to: process, AI agent. Aim it at such an element or choose "
                + "another category.");
    }

    @Test
    void threatsWithoutStrideCategoryAreSkipped() {
        m.add(new Threat("T1", "Linkability", null, "linkability", "f1", null, Severity.LOW, ThreatStatus.OPEN,
                List.of(), null, List.of(), m.threatOrigin()));
        assertThat(m.check(rule)).isEmpty();
    }
}
