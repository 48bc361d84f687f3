package dev.threatmodel.baseline;

import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding of a baseline: its rule, its stable identity ({@link Finding#identity()}: the rule id and the ids of
 * the parts of the model it concerns), its level and message then, and the day it was recorded (null when the
 * baseline is a git revision, which is read afresh on every check).
 */
public record BaselineEntry(String ruleId, String identity, Level level, String message, LocalDate recorded) {

    /** By identity, then rule, level and message: the order of a baseline file. */
    public static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing(BaselineEntry::identity)
            .thenComparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::level)
            .thenComparing(BaselineEntry::message);

    public BaselineEntry {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(level, "level");
        message = message == null ? "" : message;
    }

    public static BaselineEntry of(Finding finding, LocalDate recorded) {
        return new BaselineEntry(finding.ruleId(), finding.identity(), finding.level(), finding.message(), recorded);
    }

    public BaselineEntry recordedOn(LocalDate day) {
        return new BaselineEntry(ruleId, identity, level, message, day);
    }
}
