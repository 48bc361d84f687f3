package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.rules.Level;
import org.junit.jupiter.api.Test;

class FailOnSeverityTest {

    @Test
    void eachThresholdFailsOnItsLevelAndEveryMoreSevereOne() {
        assertThat(FailOnSeverity.ERROR.failsOn(Level.ERROR)).isTrue();
        assertThat(FailOnSeverity.ERROR.failsOn(Level.WARNING)).isFalse();
        assertThat(FailOnSeverity.WARNING.failsOn(Level.ERROR)).isTrue();
        assertThat(FailOnSeverity.WARNING.failsOn(Level.WARNING)).isTrue();
        assertThat(FailOnSeverity.WARNING.failsOn(Level.NOTE)).isFalse();
        assertThat(FailOnSeverity.NOTE.failsOn(Level.NOTE)).isTrue();
        assertThat(FailOnSeverity.NONE.failsOn(Level.ERROR)).isFalse();
    }

    @Test
    void parsesTheWordsUsersWrite() {
        assertThat(FailOnSeverity.parse("Warning")).isEqualTo(FailOnSeverity.WARNING);
        assertThat(FailOnSeverity.parse("none")).isEqualTo(FailOnSeverity.NONE);
        assertThatThrownBy(() -> FailOnSeverity.parse("high"))
                .hasMessage("unknown severity \"high\"; use one of error, warning, note, none");
    }
}
