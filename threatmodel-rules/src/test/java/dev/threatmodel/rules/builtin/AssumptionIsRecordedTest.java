package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.AssumptionType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssumptionIsRecordedTest {

    private final AssumptionIsRecorded rule = new AssumptionIsRecorded();
    private final ModelFixture m = new ModelFixture();

    @Test
    void aCompleteAssumptionPasses() {
        m.assumption("tls", AssumptionStatus.UNVALIDATED);
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anAssumptionMissingOwnerAndStatusIsAWarningNamingBoth() {
        Assumption a = m.add(new Assumption("tls", "TLS everywhere", "Every request uses TLS",
                AssumptionType.INFRASTRUCTURE, " ", null, List.of(), m.origin("text", "type")));
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM205", Level.WARNING, "Assumption tls \"TLS everywhere\" has no owner, no "
                        + "status: record its type, owner and status.", a.origin().at()));
    }

    @Test
    void anAssumptionWithoutTypeIsReported() {
        m.add(new Assumption("tls", null, "Every request uses TLS", null, "ops", AssumptionStatus.VALIDATED,
                List.of(), m.origin("text")));
        assertThat(m.check(rule)).extracting(Finding::message)
                .containsExactly("Assumption tls has no type: record its type, owner and status.");
    }

    @Test
    void aFormatWithoutAssumptionsGetsOneNote() {
        m.gap(FormatGap.ASSUMPTIONS);
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }
}
