package dev.threatmodel.baseline;

import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A check's findings compared with a baseline by identity ({@link Finding#identity()}): which are new, unchanged or
 * updated, and which findings of the baseline are gone (fixed). Identity is by the ids of the model's parts: a flow or
 * threat whose id was renamed is a new part, and its findings are new.
 *
 * <p>When one identity occurs several times, the findings and the entries are paired in order; surplus findings are
 * new, surplus entries fixed.
 *
 * <p>Fails closed: under {@link FailOn#NEW} a finding counts as new when the baseline lacks it, and also when it was
 * in the baseline at a less severe level, or suppressed there and not now (a baseline holds unsuppressed findings
 * only, so such a finding is simply absent from it).
 *
 * @param baseline the baseline compared with
 * @param failOn   which findings may fail the check
 * @param states   the state of each finding, in the order of the check's findings
 * @param escalated whether each finding is more severe than its baseline entry
 * @param fixed    entries of the baseline that match no finding, in the baseline's order
 */
public record BaselineComparison(Baseline baseline, FailOn failOn, List<BaselineState> states,
                                 List<Boolean> escalated, List<BaselineEntry> fixed) {

    public BaselineComparison {
        states = List.copyOf(states);
        escalated = List.copyOf(escalated);
        fixed = List.copyOf(fixed);
        if (states.size() != escalated.size()) {
            throw new IllegalArgumentException("one state and one escalation flag per finding");
        }
    }

    /** Compares findings (in the check's order) with the baseline. */
    public static BaselineComparison of(List<Finding> findings, Baseline baseline, FailOn failOn) {
        Map<String, Deque<BaselineEntry>> byIdentity = new HashMap<>();
        for (BaselineEntry e : baseline.entries()) {
            byIdentity.computeIfAbsent(e.identity(), k -> new ArrayDeque<>()).add(e);
        }
        List<BaselineState> states = new ArrayList<>(findings.size());
        List<Boolean> escalated = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Deque<BaselineEntry> entries = byIdentity.get(f.identity());
            BaselineEntry entry = entries == null ? null : entries.poll();
            if (entry == null) {
                states.add(BaselineState.NEW);
                escalated.add(false);
            } else {
                boolean same = entry.level() == f.level() && entry.message().equals(f.message())
                        && !f.isSuppressed();
                states.add(same ? BaselineState.UNCHANGED : BaselineState.UPDATED);
                escalated.add(!f.isSuppressed() && f.level().compareTo(entry.level()) < 0);
            }
        }
        List<BaselineEntry> fixed = new ArrayList<>();
        for (BaselineEntry e : baseline.entries()) {
            Deque<BaselineEntry> left = byIdentity.get(e.identity());
            if (left != null && left.remove(e)) {
                fixed.add(e);
            }
        }
        return new BaselineComparison(baseline, failOn, states, escalated, fixed);
    }

    /** The state of the finding at this position of the check's findings. */
    public BaselineState stateOf(int index) {
        return states.get(index);
    }

    /** Whether the finding at this position counts as new: not in the baseline, or more severe than there. */
    public boolean isNew(int index) {
        return states.get(index) == BaselineState.NEW || escalated.get(index);
    }

    /**
     * Whether an unsuppressed finding that {@code failsOn} accepts fails the check: any such finding under
     * {@link FailOn#ALL}, only new ones under {@link FailOn#NEW}.
     */
    public boolean fails(List<Finding> findings, Predicate<Level> failsOn) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!f.isSuppressed() && failsOn.test(f.level()) && (failOn == FailOn.ALL || isNew(i))) {
                return true;
            }
        }
        return false;
    }

    public int count(BaselineState state) {
        return state == BaselineState.ABSENT ? fixed.size() : (int) states.stream().filter(s -> s == state).count();
    }

    /** Unsuppressed findings that count as new. */
    public int newCount(List<Finding> findings) {
        int n = 0;
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).isSuppressed() && isNew(i)) {
                n++;
            }
        }
        return n;
    }
}
