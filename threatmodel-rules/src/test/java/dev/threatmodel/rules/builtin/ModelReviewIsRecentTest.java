package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelReviewIsRecentTest {

    private final ModelReviewIsRecent rule = new ModelReviewIsRecent();
    private final ModelFixture m = new ModelFixture();

    @Test
    void aReviewExactlyAtTheMaximumAgePasses() {
        m.reviewed(ModelFixture.TODAY.minusDays(365));
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anOlderReviewIsAWarningAtTheReviewDate() {
        m.reviewed(ModelFixture.TODAY.minusDays(366));
        ThreatModel model = m.build();
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM601", Level.WARNING, "The model was last reviewed on 2025-11-22, 366 days "
                                + "ago, more than the 365 days allowed; it may no longer match the system: review it "
                                + "and update reviewed.", model.origin().of("reviewed")));
    }

    @Test
    void theMaximumAgeComesFromTheOptions() {
        m.reviewed(ModelFixture.TODAY.minusDays(31));
        List<Finding> findings = new RuleEngine(List.of(rule), RuleConfig.DEFAULT)
                .check(m.build(), new RuleOptions(ModelFixture.TODAY, 30));
        assertThat(findings).extracting(Finding::message).containsExactly("The model was last reviewed on "
                + "2026-10-23, 31 days ago, more than the 30 days allowed; it may no longer match the system: review "
                + "it and update reviewed.");
    }

    @Test
    void aMissingReviewDateIsReportedAtTheTopOfTheModel() {
        m.reviewed(null);
        ThreatModel model = m.build();
        assertThat(m.check(rule)).extracting(Finding::level, Finding::message, Finding::location).containsExactly(
                tuple(Level.WARNING, "The model has no review date: review it and add reviewed: with the date.",
                        model.origin().at()));
    }

    @Test
    void aFormatWithoutReviewDateGetsANoteInstead() {
        m.reviewed(null).gap(FormatGap.REVIEW_DATE);
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }
}
