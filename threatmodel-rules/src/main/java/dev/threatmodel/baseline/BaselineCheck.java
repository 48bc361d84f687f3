package dev.threatmodel.baseline;

import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import java.util.List;

/**
 * The baseline side of a check: the comparison of the findings with the baseline and, for a git revision, the model
 * as it was there and its findings (what the semantic diff is drawn from).
 *
 * @param options      what was asked
 * @param comparison   the findings against the baseline
 * @param baseModel    the model at the revision; null for a baseline file, which holds findings only
 * @param baseFindings the findings of the model at the revision, suppressed ones included; empty for a file
 * @param note         a remark on how the baseline was obtained (the model did not exist at the revision, or did
 *                     not load and an empty model was used); null when there is none
 */
public record BaselineCheck(BaselineOptions options, BaselineComparison comparison, ThreatModel baseModel,
                            List<Finding> baseFindings, String note) {

    public BaselineCheck {
        baseFindings = baseFindings == null ? List.of() : List.copyOf(baseFindings);
    }
}
