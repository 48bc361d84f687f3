package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ObjectiveNamesAssumptionTest {

    private final ObjectiveNamesAssumption rule = new ObjectiveNamesAssumption();
    private final ModelFixture m = new ModelFixture();

    @Test
    void anObjectiveNamingAnAssumptionPasses() {
        m.objective("secret", "keys", "hsm");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anObjectiveNamingNoAssumptionIsAWarning() {
        SecurityObjective o = m.objective("secret", "keys");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM203", Level.WARNING, "Objective secret \"Secret\" names no assumption: add "
                        + "assumptions: with the conditions it relies on.", o.origin().at()));
    }

    @Test
    void aFormatWithoutAssumptionsGetsOneNote() {
        m.gap(FormatGap.ASSUMPTIONS);
        m.objective("secret", "keys");
        m.objective("whole", "keys");
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }
}
