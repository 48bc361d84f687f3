package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ZoneNamesAssumptionTest {

    private final ZoneNamesAssumption rule = new ZoneNamesAssumption();
    private final ModelFixture m = new ModelFixture();

    @Test
    void aZoneNamingAnAssumptionPasses() {
        m.zone("db", 90, null, "internal-db");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aZoneNamingNoAssumptionIsAWarning() {
        m.zone("internet", 0, null, "tls");
        TrustZone db = m.zone("db", 90, null);
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM204", Level.WARNING, "Trust zone db \"Db\" names no assumption: add "
                        + "assumptions: with the conditions that make its boundary hold.", db.origin().at()));
    }

    @Test
    void aFormatWithoutAssumptionsGetsOneNote() {
        m.gap(FormatGap.ASSUMPTIONS);
        m.zone("a", 0, null);
        m.zone("b", 0, null);
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }
}
