package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionNumbersUniqueTest {

    private final InteractionNumbersUnique rule = new InteractionNumbersUnique();
    private final ModelFixture m = new ModelFixture();

    @Test
    void distinctNumbersPass() {
        m.flow("f1", 1, "a", "b");
        m.flow("f2", 2, "b", "a");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aReusedNumberIsAWarningAtTheSecondUse() {
        DataFlow f6 = m.flow("f6", 6, "a", "b");
        DataFlow f7 = m.flow("f7", 6, "b", "a");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM306", Level.WARNING, "Flow f7 \"Data f7\" has interaction number 6, which "
                                + "flow f6 \"Data f6\" already uses: give each flow its own number.",
                        f7.origin().of("number")));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(f6.origin().of("number"), "flow f6 uses the number first"));
    }

    @Test
    void aNativeModelNeedsANumberOnEveryFlow() {
        DataFlow f1 = m.flow("f1", null, "a", "b");
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                "Flow f1 \"Data f1\" has no interaction number: add number: with a number no other flow uses.",
                f1.origin().at()));
    }

    @Test
    void anImportedModelWithoutNumbersGetsOneNoteAndIsStillCheckedForDuplicates() {
        m.format(ModelFormat.OPEN_THREAT_MODEL).gap(FormatGap.INTERACTION_NUMBERS);
        m.flow("f1", null, "a", "b");
        m.flow("f2", null, "a", "b");
        m.flow("f3", 4, "a", "b");
        m.flow("f4", 4, "a", "b");
        assertThat(m.check(rule)).extracting(Finding::level, Finding::identity).containsExactlyInAnyOrder(
                tuple(Level.NOTE, "TM306/(model)/format-gap-interaction_numbers"),
                tuple(Level.WARNING, "TM306/f4"));
    }

    @Test
    void anImportedModelThatCanNumberFlowsIsNotAskedToNumberAll() {
        m.format(ModelFormat.THREAT_DRAGON_V2);
        m.flow("f1", null, "a", "b");
        assertThat(m.check(rule)).isEmpty();
    }
}
