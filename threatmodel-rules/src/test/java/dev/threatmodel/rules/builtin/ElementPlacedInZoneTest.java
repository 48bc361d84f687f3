package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ElementPlacedInZoneTest {

    private final ElementPlacedInZone rule = new ElementPlacedInZone();
    private final ModelFixture m = new ModelFixture();

    @Test
    void elementsInZonesOrOutOfScopeWithAReasonPass() {
        m.process("api", "app");
        m.outOfScope("relay", ElementType.EXTERNAL_ENTITY, "Run by the mail team");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anElementInNoZoneIsAWarning() {
        Element api = m.process("api", null);
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM307", Level.WARNING, "Element api \"Api\" sits in no trust zone: set zone, "
                        + "or mark it outOfScope with an outOfScopeReason.", api.origin().at()));
    }

    @Test
    void anOutOfScopeElementWithoutReasonIsAWarningAtItsOutOfScopeField() {
        Element relay = m.outOfScope("relay", ElementType.EXTERNAL_ENTITY, " ");
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                "Element relay \"Relay\" is out of scope without a reason: add outOfScopeReason saying why it is "
                        + "left out.", relay.origin().of("outOfScope")));
    }
}
