package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ZoneHasTrustLevelTest {

    private final ZoneHasTrustLevel rule = new ZoneHasTrustLevel();

    @Test
    void zonesWithTheirOwnOrAnInheritedLevelPass() {
        ModelFixture m = new ModelFixture();
        m.zone("app", 60, null);
        m.zone("db", null, "app");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aZoneWithoutLevelIsAnErrorAndSoIsANestedZoneThatCannotInheritOne() {
        ModelFixture m = new ModelFixture();
        TrustZone internet = m.zone("internet", null, null);
        TrustZone inner = m.zone("inner", null, "internet");
        m.zone("app", 60, null);
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(
                        tuple("TM309", Level.ERROR, "Zone internet \"Internet\" has no trustLevel: its trust is "
                                + "unknown, so every flow across it is checked as entering a more trusted zone. Give "
                                + "it a trustLevel from 0 (untrusted) to 100.", internet.origin().at()),
                        tuple("TM309", Level.ERROR, "Zone inner \"Inner\" has no trustLevel, and no zone around it "
                                + "has one: its trust is unknown, so every flow across it is checked as entering a "
                                + "more trusted zone. Give it a trustLevel from 0 (untrusted) to 100.",
                                inner.origin().at()));
    }

    @Test
    void aFormatThatCannotRecordTrustLevelsGetsOneNote() {
        ModelFixture m = new ModelFixture().gap(FormatGap.TRUST_LEVELS);
        m.zone("a", null, null);
        m.zone("b", null, null);
        assertThat(m.check(rule)).extracting(Finding::level, Finding::identity)
                .containsExactly(tuple(Level.NOTE, "TM309/(model)/format-gap-trust_levels"));
    }

    @Test
    void aModelWithoutZonesGetsNothingHere() {
        assertThat(new ModelFixture().gap(FormatGap.TRUST_LEVELS).check(rule)).isEmpty();
    }
}
