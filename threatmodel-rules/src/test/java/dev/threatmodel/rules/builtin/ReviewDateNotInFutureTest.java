package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewDateNotInFutureTest {

    private final ReviewDateNotInFuture rule = new ReviewDateNotInFuture();

    @Test
    void todayAndTomorrowPass() {
        assertThat(new ModelFixture().reviewed(ModelFixture.TODAY).check(rule)).isEmpty();
        assertThat(new ModelFixture().reviewed(ModelFixture.TODAY.plusDays(1)).check(rule))
                .as("one day of grace for time zones ahead of UTC").isEmpty();
        assertThat(new ModelFixture().reviewed(null).check(rule)).as("TM601 reports a missing date").isEmpty();
    }

    @Test
    void aReviewDateInTheFutureIsAnErrorAndTm601WouldNotHaveSeenIt() {
        ModelFixture m = new ModelFixture().reviewed(LocalDate.of(2031, 1, 1));
        ThreatModel model = m.build();
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM602", Level.ERROR, "The model's review date 2031-01-01 is after today "
                        + "(2026-11-23), which would keep TM601 from ever reporting the model as stale: set reviewed "
                        + "to the day of the last review.", model.origin().of("reviewed")));
        assertThat(m.check(new ModelReviewIsRecent())).isEmpty();
    }
}
