package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * TM404: an AI agent with file-system or terminal access is hosted internally. An agent run by a third party is low
 * trust, while file-system or terminal access is high authority; an agent that does not say who hosts it counts as
 * third-party hosted. Where such an agent also takes input from a less trusted zone (or one of unknown trust), the
 * finding says so and ranks highest: anyone who writes that input can steer someone else's agent into your files.
 */
public final class PrivilegedAgentHostedInternally extends BuiltinRule {

    /** Rank of the finding when untrusted input reaches the agent too: the worst combination the rules know. */
    static final int RANK_WITH_UNTRUSTED_INPUT = 100;
    private static final int RANK_ALONE = 80;

    public PrivilegedAgentHostedInternally() {
        super("TM404", "PrivilegedAgentHostedInternally", Level.ERROR, 8.5,
                "An AI agent with file-system or terminal access is hosted internally, not by a third party.",
                ModelPart.AI_AGENT, ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                An agent hosted by someone else (a vendor's agent platform, a hosted coding assistant) is a low \
                trust component: you do not control its model, its prompts or its operators. Terminal or \
                file-system access is the highest authority an agent can have. Together, a party you do not \
                control can run commands or change files in your environment. When the agent also reads input \
                from a less trusted zone, anyone who can write that input can steer it: the finding then ranks \
                highest of all.

                An agent without `hosting` counts as third-party hosted, since nobody has said otherwise.

                **How to fix:** run the agent yourself (`hosting: internal`), or take away its `terminal` and \
                `file-system` access and let an internal process act on its suggestions.

                **Compliant**
                ```yaml
                elements:
                  - id: build-agent
                    name: Build repair agent
                    type: agent
                    access: [terminal]
                    hosting: internal
                    zone: agent-sandbox
                ```

                **Non-compliant**
                ```yaml
                elements:
                  - id: build-agent
                    name: Build repair agent
                    type: agent
                    access: [terminal, file-system]
                    hosting: third-party
                    zone: agent-sandbox
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (Element agent : model.elements()) {
            if (!PrivilegedAgentInputGuarded.isPrivilegedAgent(agent) || agent.hosting() == Hosting.INTERNAL) {
                continue;
            }
            String access = access(agent);
            String message = agent.hosting() == null
                    ? "AI agent " + agent.display() + " has " + access + " access and does not say who hosts it, "
                            + "so it counts as hosted by a third party: set hosting to internal if you run it, or "
                            + "take the " + access + " access away."
                    : "AI agent " + agent.display() + " has " + access + " access but is hosted by a third party: "
                            + "an agent someone else runs is low trust, and " + access + " access is high "
                            + "authority. Run it yourself, or take the " + access + " access away.";
            DataFlow input = untrustedInput(context.boundaries(), model, agent);
            if (input != null) {
                message += " It also takes input from a less trusted zone or one of unknown trust (flow "
                        + Findings.flow(model, input) + "), so whoever writes that input can steer it.";
            }
            RuleContext.FindingBuilder f = context.report(agent, message)
                    .at(agent.origin().of(agent.hosting() == null ? "access" : "hosting"))
                    .rank(input != null ? RANK_WITH_UNTRUSTED_INPUT : RANK_ALONE);
            if (input != null) {
                f.related(input.origin().at(), "untrusted input into the agent");
            }
        }
    }

    /** The first crossing flow, in file order, that carries input from a side that may be less trusted. */
    private static DataFlow untrustedInput(BoundaryAnalysis boundaries, ThreatModel model, Element agent) {
        for (FlowCrossing c : boundaries.crossingFlows()) {
            DataFlow f = c.flow();
            Element source = model.element(f.source()).orElse(null);
            Element target = model.element(f.target()).orElse(null);
            if (target == agent && PrivilegedAgentInputGuarded.untrustedInput(boundaries, c, source, agent)
                    || f.bidirectional() && source == agent
                    && PrivilegedAgentInputGuarded.untrustedInput(boundaries, c, target, agent)) {
                return f;
            }
        }
        return null;
    }

    private static String access(Element agent) {
        List<String> words = new ArrayList<>();
        for (AgentAccess a : List.of(AgentAccess.FILE_SYSTEM, AgentAccess.TERMINAL)) {
            if (agent.access().contains(a)) {
                words.add(a.keyword());
            }
        }
        return String.join(" and ", words);
    }
}
