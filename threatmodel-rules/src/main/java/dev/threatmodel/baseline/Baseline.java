package dev.threatmodel.baseline;

import dev.threatmodel.rules.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The findings a check is compared with: those of the model at a git revision, or those listed in a baseline file.
 * Only unsuppressed findings belong to a baseline: a finding that was suppressed there and is not suppressed now
 * counts as new.
 *
 * @param description what the baseline is, for messages: {@code git revision origin/main (3f2a9c1b0d4e)},
 *                    {@code baseline file threatmodel-baseline.yaml}
 * @param entries     sorted by {@link BaselineEntry#ORDER}
 */
public record Baseline(String description, List<BaselineEntry> entries) {

    public Baseline {
        Objects.requireNonNull(description, "description");
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BaselineEntry.ORDER);
        entries = List.copyOf(sorted);
    }

    /** The unsuppressed findings of a check, each recorded on {@code recorded} (null for a git revision). */
    public static Baseline of(String description, List<Finding> findings, LocalDate recorded) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.isSuppressed()) {
                entries.add(BaselineEntry.of(f, recorded));
            }
        }
        return new Baseline(description, entries);
    }

    public static Baseline empty(String description) {
        return new Baseline(description, List.of());
    }
}
