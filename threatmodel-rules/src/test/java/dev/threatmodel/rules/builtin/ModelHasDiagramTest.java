package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.ElementType;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ModelHasDiagramTest {

    private final ModelHasDiagram rule = new ModelHasDiagram();

    @Test
    void aDiagramWithACrossingFlowPasses() {
        assertThat(ModelFixture.compliant().check(rule)).isEmpty();
    }

    @Test
    void anEmptyModelIsOneErrorNamingEverythingMissing() {
        ModelFixture m = new ModelFixture();
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM310", Level.ERROR, "The model has no elements, no data flows and no trust "
                        + "zones, so the rules about trust boundaries have nothing to check: draw the elements, the "
                        + "data flows between them and the trust zones they sit in.", m.build().origin().at()));
    }

    @Test
    void elementsAndFlowsWithoutZonesFail() {
        ModelFixture m = new ModelFixture();
        m.entity("user", null);
        m.process("api", null);
        m.flow("f1", 1, "user", "api");
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly("The model has no trust zones, so "
                + "the rules about trust boundaries have nothing to check: draw the elements, the data flows between "
                + "them and the trust zones they sit in.");
    }

    @Test
    void zonesThatNoFlowCrossesFail() {
        ModelFixture m = new ModelFixture();
        m.zone("app", 60, null);
        m.zone("empty", 0, null);
        m.entity("user", "app");
        m.process("api", "app");
        m.outOfScope("relay", ElementType.EXTERNAL_ENTITY, "mail team");
        m.outOfScope("archive", ElementType.DATA_STORE, "archive team");
        m.flow("f1", 1, "user", "api");
        m.flow("f2", 2, "relay", "archive");
        assertThat(m.check(rule)).extracting(Finding::identity).containsExactly("TM310/(model)/crossing");
    }
}
