package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramItemHasLabelTest {

    private final DiagramItemHasLabel rule = new DiagramItemHasLabel();
    private final ModelFixture m = new ModelFixture();

    @Test
    void labelledElementsAndFlowsPass() {
        m.process("api", "app");
        m.store("db", "app");
        m.flow("f1", 1, "api", "db");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anUnlabelledElementAndFlowAreWarnings() {
        Element api = m.add(new Element("api", "", ElementType.PROCESS, null, "app", false, null, Set.of(), null,
                null, List.of(), m.elementOrigin()));
        m.store("db", "app");
        DataFlow f1 = m.add(new DataFlow("f1", null, 1, "api", "db", List.of(), null, null, null, false, List.of(),
                m.flowOrigin()));
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(
                        tuple("TM301", Level.WARNING, "Element api has no label: give it a name that says what it "
                                + "is.", api.origin().at()),
                        tuple("TM301", Level.WARNING, "Flow f1 from \"api\" to \"Db\" has no label: give it a name "
                                + "that says what it carries.", f1.origin().at()));
    }
}
