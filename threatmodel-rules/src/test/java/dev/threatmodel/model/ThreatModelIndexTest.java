package dev.threatmodel.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

/** The lookups rules use instead of scanning lists: threats by target, flows by source and by target. */
class ThreatModelIndexTest {

    @Test
    void threatsAndFlowsAreFoundByTheElementOrFlowTheyConcernInFileOrder() {
        ModelFixture m = new ModelFixture();
        m.process("api", "app");
        m.store("db", "app");
        m.entity("user", "internet");
        m.flow("f1", 1, "user", "api");
        m.flow("f2", 2, "api", "db");
        m.flow("f3", 3, "api", "user");
        m.threat("T1", StrideCategory.TAMPERING, "f2", ThreatStatus.OPEN);
        m.threat("T2", StrideCategory.SPOOFING, "user", ThreatStatus.OPEN);
        m.threat("T3", StrideCategory.INFORMATION_DISCLOSURE, "f2", ThreatStatus.OPEN);
        m.threat("T4", StrideCategory.TAMPERING, null, ThreatStatus.OPEN);
        ThreatModel model = m.build();

        assertThat(model.threatsOn("f2")).extracting(Threat::id).containsExactly("T1", "T3");
        assertThat(model.threatsOn("user")).extracting(Threat::id).containsExactly("T2");
        assertThat(model.threatsOn("db")).isEmpty();
        assertThat(model.threatsOn(null)).isEmpty();
        assertThat(model.flowsFrom("api")).extracting(DataFlow::id).containsExactly("f2", "f3");
        assertThat(model.flowsTo("api")).extracting(DataFlow::id).containsExactly("f1");
        assertThat(model.flowsTo("nobody")).isEmpty();
        assertThat(model.flowsFrom(null)).isEmpty();
    }
}
