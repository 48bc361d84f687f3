package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Element;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ElementHasFlowTest {

    private final ElementHasFlow rule = new ElementHasFlow();
    private final ModelFixture m = new ModelFixture();

    @Test
    void elementsOnEitherEndOfAFlowPass() {
        m.process("api", "app");
        m.store("db", "app");
        m.flow("f1", 1, "api", "db");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anElementWithoutFlowsIsAWarning() {
        m.process("api", "app");
        m.store("db", "app");
        Element reader = m.entity("reader", "internet");
        m.flow("f1", 1, "api", "db");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM305", Level.WARNING, "Element reader \"Reader\" has no data flow: draw the "
                        + "flows in and out of it, or remove it.", reader.origin().at()));
    }
}
