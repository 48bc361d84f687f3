package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class FlowEndsExistTest {

    private final FlowEndsExist rule = new FlowEndsExist();
    private final ModelFixture m = new ModelFixture();

    @Test
    void aFlowBetweenExistingElementsPasses() {
        m.process("api", "app");
        m.store("db", "app");
        m.flow("f1", 1, "api", "db");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anUnknownTargetIsAnErrorAtTheTargetField() {
        m.process("api", "app");
        DataFlow f1 = m.flow("f1", 1, "api", "renderer");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::identity)
                .containsExactly(tuple("TM302", Level.ERROR, "Flow f1 \"Data f1\" has target renderer, which is not "
                                + "an element of the diagram: use the id of an element or delete the flow.",
                        f1.origin().of("target"), "TM302/f1/target"));
    }

    @Test
    void aMissingSourceIsAnErrorAtTheFlow() {
        m.process("api", "app");
        DataFlow f1 = m.flow("f1", 1, null, "api");
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                "Flow f1 \"Data f1\" has no source: connect it to an element or delete it.", f1.origin().at()));
    }
}
