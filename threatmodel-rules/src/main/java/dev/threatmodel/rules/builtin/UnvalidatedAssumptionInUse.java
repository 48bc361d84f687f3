package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.ThreatResolution;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** TM207: an assumption that implemented mitigations rely on has been validated. */
public final class UnvalidatedAssumptionInUse extends BuiltinRule {

    public UnvalidatedAssumptionInUse() {
        super("TM207", "UnvalidatedAssumptionInUse", Level.WARNING, 5.0,
                "Every assumption that implemented mitigations rely on has been validated.",
                ModelPart.ASSUMPTION, ModelPart.MITIGATION);
    }

    @Override
    public String help() {
        return """
                A mitigation is only as good as the assumptions under it. While an assumption is unvalidated, \
                nobody knows whether the mitigations relying on it work; if it turns out false they stop counting \
                (see TM206).

                **How to fix:** have the assumption's owner check it and set `status: validated` (or `refuted`, \
                and then fix the mitigations).

                **Compliant**
                ```yaml
                assumptions:
                  - id: hashes-only
                    text: Passphrases are stored only as Argon2id hashes.
                    type: data-classification
                    owner: blog-platform-team
                    status: validated
                ```

                **Non-compliant**
                ```yaml
                assumptions:
                  - id: hashes-only
                    text: Passphrases are stored only as Argon2id hashes.
                    type: data-classification
                    owner: blog-platform-team
                    status: unvalidated      # and mitigation of T7 relies on it
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.ASSUMPTIONS)) {
            return;
        }
        ThreatModel model = context.model();
        Map<String, Set<String>> threatsByAssumption = new LinkedHashMap<>();
        for (Threat t : model.threats()) {
            for (Mitigation m : t.mitigations()) {
                if (!ThreatResolution.implemented(m, model)) {
                    continue;
                }
                for (String id : m.reliesOn()) {
                    threatsByAssumption.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(t.id());
                }
            }
        }
        for (Assumption a : model.assumptions()) {
            Set<String> threats = threatsByAssumption.get(a.id());
            if (threats != null && (a.status() == AssumptionStatus.UNVALIDATED || a.status() == null)) {
                String state = a.status() == null ? "has no status, so it counts as unvalidated" : "is unvalidated";
                context.report(a, "Assumption " + a.display() + " " + state + ", but implemented mitigations of "
                                + (threats.size() == 1 ? "threat " : "threats ") + String.join(", ", threats)
                                + " rely on it: check it and set its status to validated or refuted.")
                        .at(a.status() == null ? a.origin().at() : a.origin().of("status"));
            }
        }
    }
}
