package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeExitGoesToEntityTest {

    private final ScopeExitGoesToEntity rule = new ScopeExitGoesToEntity();
    private final ModelFixture m = new ModelFixture();

    @Test
    void dataLeavingTheScopeToAnEntityPasses() {
        m.process("api", "app");
        m.outOfScope("relay", ElementType.EXTERNAL_ENTITY, "Run by the mail team");
        m.flow("f1", 1, "api", "relay");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void dataLeavingTheScopeToAProcessIsAWarningAtTheTarget() {
        m.process("api", "app");
        Element relay = m.outOfScope("relay", ElementType.PROCESS, "Run by the mail team");
        DataFlow f1 = m.flow("f1", 1, "api", "relay");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM308", Level.WARNING, "Flow f1 \"Data f1\" leaves the modelled scope to "
                        + "out-of-scope process relay \"Relay\": draw the receiver as an external entity (type: "
                        + "entity).", f1.origin().of("target")));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(relay.origin().of("type"), "the out-of-scope element's type"));
    }

    @Test
    void flowsBetweenOutOfScopeElementsAreNotExits() {
        m.outOfScope("a", ElementType.PROCESS, "elsewhere");
        m.outOfScope("b", ElementType.DATA_STORE, "elsewhere");
        m.flow("f1", 1, "a", "b");
        assertThat(m.check(rule)).isEmpty();
    }
}
