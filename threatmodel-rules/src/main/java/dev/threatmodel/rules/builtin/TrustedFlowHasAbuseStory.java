package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/** TM501: every flow into a more trusted zone is covered by at least one abuse or misuse story. */
public final class TrustedFlowHasAbuseStory extends BuiltinRule {

    public TrustedFlowHasAbuseStory() {
        super("TM501", "TrustedFlowHasAbuseStory", Level.WARNING, 5.0,
                "Every flow into a more trusted zone is named by at least one abuse or misuse story.",
                ModelPart.DATA_FLOW, ModelPart.STORY, ModelPart.TRUST_ZONE);
    }

    @Override
    public String help() {
        return """
                Threat lists say what could go wrong; stories say how someone would actually do it, step by \
                step, which is where missing mitigations show up. Flows into a more trusted zone are where an \
                outsider's input meets more authority, so each deserves at least one abuse story (a deliberate \
                attacker) or misuse story (a legitimate user doing the wrong thing).

                **How to fix:** add a story with `kind: abuse` or `kind: misuse` whose `flows` lists the flow, \
                or add the flow to an existing story that walks through it.

                **Compliant**
                ```yaml
                stories:
                  - id: S1
                    kind: abuse
                    name: Account take-over through the reset flow
                    narrative: An attacker requests resets and tries tokens until one works.
                    flows: [f2, f3]
                ```

                **Non-compliant**
                ```yaml
                stories:
                  - id: S1
                    kind: negligence      # not abuse or misuse
                    name: Administrator leaves a session open
                    narrative: An administrator walks away from an unlocked laptop.
                    flows: [f3]
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.STORIES)) {
            return;
        }
        Set<String> covered = new HashSet<>();
        for (Story s : context.model().stories()) {
            if (s.kind() == StoryKind.ABUSE || s.kind() == StoryKind.MISUSE) {
                covered.addAll(s.flows());
            }
        }
        for (FlowCrossing c : context.boundaries().crossingFlows()) {
            if (c.mayEnterMoreTrusted() && !covered.contains(c.flow().id())) {
                Findings.boundaries(context.report(c.flow(), "The "
                        + Findings.crossingFlow(context.model(), c) + " is named by no "
                                + "abuse or misuse story: add a story whose flows list " + c.flow().id() + ".")
                        .rank(Findings.RANK_INTO_MORE_TRUSTED), c);
            }
        }
    }
}
