package dev.threatmodel.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.Suppression;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineComparisonTest {

    static Finding finding(String identity, Level level, String message) {
        return new Finding(identity.substring(0, identity.indexOf('/')), level, message, null, List.of(), 50,
                identity, null);
    }

    static Baseline baseline(Finding... findings) {
        return Baseline.of("base", List.of(findings), null);
    }

    @Test
    void pairsFindingsByIdentityAndCountsTheRestAsNewOrFixed() {
        List<Finding> now = List.of(
                finding("TM101/f1", Level.ERROR, "same"),
                finding("TM101/f2", Level.ERROR, "reworded"),
                finding("TM101/f3", Level.ERROR, "new"),
                finding("TM101/f4", Level.ERROR, "twice"),
                finding("TM101/f4", Level.ERROR, "twice"));
        Baseline base = baseline(finding("TM101/f1", Level.ERROR, "same"), finding("TM101/f2", Level.ERROR, "was"),
                finding("TM101/f4", Level.ERROR, "twice"), finding("TM101/gone", Level.WARNING, "fixed"));

        BaselineComparison cmp = BaselineComparison.of(now, base, FailOn.NEW);

        assertThat(cmp.states()).containsExactly(BaselineState.UNCHANGED, BaselineState.UPDATED, BaselineState.NEW,
                BaselineState.UNCHANGED, BaselineState.NEW);
        assertThat(cmp.fixed()).extracting(BaselineEntry::identity).containsExactly("TM101/gone");
        assertThat(cmp.newCount(now)).isEqualTo(2);
        assertThat(cmp.count(BaselineState.ABSENT)).isEqualTo(1);
        assertThat(cmp.fails(now, level -> level == Level.ERROR)).isTrue();
        assertThat(BaselineComparison.of(now.subList(0, 2), base, FailOn.NEW).fails(now.subList(0, 2),
                level -> true)).isFalse();
        assertThat(BaselineComparison.of(now.subList(0, 2), base, FailOn.ALL).fails(now.subList(0, 2),
                level -> level == Level.ERROR)).isTrue();
    }

    @Test
    void failsClosedOnAFindingThatGotWorseOrLostItsSuppression() {
        Baseline base = baseline(finding("TM101/f1", Level.WARNING, "m"),
                finding("TM101/f2", Level.ERROR, "m").withSuppression(new Suppression("TM101", "ok", null)));
        List<Finding> now = List.of(finding("TM101/f1", Level.ERROR, "m"), finding("TM101/f2", Level.ERROR, "m"));

        BaselineComparison cmp = BaselineComparison.of(now, base, FailOn.NEW);

        assertThat(cmp.states()).containsExactly(BaselineState.UPDATED, BaselineState.NEW);
        assertThat(cmp.isNew(0)).isTrue();
        assertThat(cmp.fails(now, level -> level == Level.ERROR)).isTrue();
        // and the other way round: a finding that became milder or suppressed is not new
        List<Finding> milder = List.of(finding("TM101/f1", Level.NOTE, "m"));
        assertThat(BaselineComparison.of(milder, base, FailOn.NEW).isNew(0)).isFalse();
    }
}
