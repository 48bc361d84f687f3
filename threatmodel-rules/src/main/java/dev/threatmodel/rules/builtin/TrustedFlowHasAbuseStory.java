package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/**
 * TM501: every flow into a more trusted zone (or of unknown direction) is covered by at least one abuse or misuse
 * story; a flow into an AI agent may be covered by an agent-bypass story instead, the kind of story that fits its
 * target. A flow enters the element it points at, and a bidirectional flow also the one it comes from.
 */
public final class TrustedFlowHasAbuseStory extends BuiltinRule {

    public TrustedFlowHasAbuseStory() {
        super("TM501", "TrustedFlowHasAbuseStory", Level.WARNING, 5.0,
                "Every flow into a more trusted zone is named by at least one abuse or misuse story (or, into an AI "
                        + "agent, an agent-bypass story).",
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
                or add the flow to an existing story that walks through it. A flow into an AI agent may be \
                named by a story with `kind: agent-bypass` instead, since that is the abuse story of an agent.

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

    /** Whether the flow carries data into an AI agent: its target, or either end when it runs both ways. */
    private static boolean intoAgent(ThreatModel model, FlowCrossing c) {
        DataFlow f = c.flow();
        boolean target = !c.back() && isAgent(model, f.target());
        return target || f.bidirectional() && isAgent(model, f.source());
    }

    private static boolean isAgent(ThreatModel model, String id) {
        return id != null && model.element(id).filter(e -> e.type() == ElementType.AI_AGENT).isPresent();
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.STORIES)) {
            return;
        }
        Set<String> covered = new HashSet<>();
        Set<String> bypassed = new HashSet<>();
        for (Story s : context.model().stories()) {
            if (s.kind() == StoryKind.ABUSE || s.kind() == StoryKind.MISUSE) {
                covered.addAll(s.flows());
            } else if (s.kind() == StoryKind.AGENT_BYPASS) {
                bypassed.addAll(s.flows());
            }
        }
        ThreatModel model = context.model();
        for (FlowCrossing c : context.boundaries().crossingFlows()) {
            DataFlow f = c.flow();
            boolean intoAgent = intoAgent(model, c);
            if (!c.mayEnterMoreTrusted() || covered.contains(f.id()) || intoAgent && bypassed.contains(f.id())) {
                continue;
            }
            String kinds = intoAgent ? "abuse, misuse or agent-bypass story" : "abuse or misuse story";
            Findings.boundaries(context.report(f, "The " + Findings.crossingFlow(model, c) + " is named by no "
                            + kinds + ": add a story whose flows list " + f.id() + ".")
                    .rank(Findings.RANK_INTO_MORE_TRUSTED), c);
        }
    }
}
