package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.analysis.CrossingDirection;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.analysis.ThreatResolution;
import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TM403: input from a less trusted zone into an AI agent that can reach the file system or a terminal is guarded:
 * a mitigated elevation-of-privilege or tampering threat is aimed at the flow or the agent, and an agent-bypass story
 * names the flow; one finding per flow and agent names whatever is missing. A bidirectional flow counts as input
 * into both of its ends. Where the trust of either side is not known, the input counts as untrusted.
 */
public final class PrivilegedAgentInputGuarded extends BuiltinRule {

    public PrivilegedAgentInputGuarded() {
        super("TM403", "PrivilegedAgentInputGuarded", Level.ERROR, 9.0,
                "Untrusted input into an AI agent with file-system or terminal access is covered by a mitigated "
                        + "elevation-of-privilege or tampering threat and an agent-bypass story.",
                ModelPart.AI_AGENT, ModelPart.DATA_FLOW, ModelPart.THREAT, ModelPart.STORY);
    }

    @Override
    public String help() {
        return """
                Text that reaches an agent can instruct it. An agent that can write files or run commands turns \
                a crafted issue comment, web page or e-mail from a less trusted zone into code execution inside a \
                more trusted one. Such a flow needs a threat that says how the agent is kept from acting on \
                injected instructions (elevation of privilege on the agent, or tampering on the flow), mitigated \
                by an implemented control, and an agent-bypass story that walks through the attack.

                **How to fix:** add a mitigated `elevation-of-privilege` threat on the agent (or a `tampering` \
                threat on the flow), and a story with `kind: agent-bypass` whose `flows` lists the flow.

                **Compliant**
                ```yaml
                threats:
                  - id: T20
                    name: Issue text makes the agent run commands
                    category: elevation-of-privilege
                    target: triage-agent
                    status: mitigated
                    mitigations:
                      - name: Terminal tool limited to an allow-list, run in a throw-away container
                        control: authorization
                        domain: security-architecture
                        status: implemented
                stories:
                  - id: S9
                    kind: agent-bypass
                    name: Prompt injection through an issue
                    narrative: An outsider files an issue telling the agent to push a new workflow.
                    flows: [f12]
                    threats: [T20]
                ```

                **Non-compliant**
                ```yaml
                elements:
                  - id: triage-agent
                    name: Issue triage agent
                    type: agent
                    access: [terminal]
                    zone: agent-zone
                flows:
                  - id: f12
                    name: Issue text
                    source: outsider      # zone internet
                    target: triage-agent  # no threat, no agent-bypass story
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        Set<String> storyFlows = new HashSet<>();
        for (Story s : model.stories()) {
            if (s.kind() == StoryKind.AGENT_BYPASS) {
                storyFlows.addAll(s.flows());
            }
        }
        boolean storiesKnown = !model.lacks(FormatGap.STORIES);
        boolean gapNoted = false;
        BoundaryAnalysis boundaries = context.boundaries();
        for (FlowCrossing c : boundaries.crossingFlows()) {
            DataFlow f = c.flow();
            Element source = model.element(f.source()).orElse(null);
            Element target = model.element(f.target()).orElse(null);
            List<Element> agents = new ArrayList<>();
            if (isPrivilegedAgent(target) && untrustedInput(boundaries, c, source, target)) {
                agents.add(target);
            }
            if (f.bidirectional() && isPrivilegedAgent(source) && untrustedInput(boundaries, c, target, source)) {
                agents.add(source);
            }
            for (Element agent : agents) {
                Element from = agent == target ? source : target;
                List<String> missing = new ArrayList<>();
                List<String> fixes = new ArrayList<>();
                if (!guarded(model, f, agent, context.options().today())) {
                    missing.add("no mitigated elevation-of-privilege or tampering threat is aimed at the flow or "
                            + "the agent");
                    fixes.add("a threat of either kind on the flow or the agent with an implemented mitigation");
                }
                if (!storiesKnown) {
                    if (!gapNoted) {
                        gapNoted = Findings.formatGap(context, this, FormatGap.STORIES);
                    }
                } else if (!storyFlows.contains(f.id())) {
                    missing.add("no agent-bypass story names the flow");
                    fixes.add("a story with kind agent-bypass whose flows list " + f.id());
                }
                if (missing.isEmpty()) {
                    continue;
                }
                String what = "Flow " + Findings.flow(model, f) + " carries input from "
                        + (trustKnown(boundaries, from, agent) && c.direction() != CrossingDirection.UNKNOWN
                        ? "a less trusted zone" : "a zone of unknown trust")
                        + " into AI agent " + agent.display() + ", which has " + access(agent) + " access";
                Findings.boundaries(context.report(f, what + ", but " + String.join(" and ", missing) + ": add "
                                        + String.join(", and ", fixes) + ".")
                        .rank(Findings.RANK_INTO_MORE_TRUSTED).key(agent.id()), c);
            }
        }
    }

    static boolean isPrivilegedAgent(Element e) {
        return e != null && e.type() == ElementType.AI_AGENT
                && (e.access().contains(AgentAccess.FILE_SYSTEM) || e.access().contains(AgentAccess.TERMINAL));
    }

    /**
     * Whether a crossing flow carries input from {@code from} that may be untrusted for {@code agent}: its direction
     * is unknown, or {@code from} may be less trusted.
     */
    static boolean untrustedInput(BoundaryAnalysis boundaries, FlowCrossing c, Element from, Element agent) {
        return from != null && (c.direction() == CrossingDirection.UNKNOWN
                || mayBeLessTrusted(boundaries, from, agent));
    }

    /**
     * Whether {@code from} may be less trusted than {@code agent}: either is outside every zone, or {@code from} is at
     * a lower trust level, or the trust of either is not known (the worst case).
     */
    static boolean mayBeLessTrusted(BoundaryAnalysis boundaries, Element from, Element agent) {
        if (from == null) {
            return false;
        }
        if (boundaries.zonesOf(from).isEmpty() || boundaries.zonesOf(agent).isEmpty()) {
            // outside every zone is least trusted or of unknown trust: the worst case either way, even for the
            // agent, whose zone left out must not clear the input it takes
            return true;
        }
        Integer fromTrust = boundaries.trustOf(from);
        Integer agentTrust = boundaries.trustOf(agent);
        return fromTrust == null || agentTrust == null || fromTrust < agentTrust;
    }

    /** Whether both sides' trust is known: in no zone (least trusted) or in a zone with a trust level. */
    private static boolean trustKnown(BoundaryAnalysis boundaries, Element from, Element agent) {
        return known(boundaries, from) && known(boundaries, agent);
    }

    private static boolean known(BoundaryAnalysis boundaries, Element e) {
        return boundaries.zonesOf(e).isEmpty() || boundaries.trustOf(e) != null;
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

    private static boolean guarded(ThreatModel model, DataFlow f, Element agent, LocalDate today) {
        List<Threat> candidates = new ArrayList<>(model.threatsOn(f.id()));
        candidates.addAll(model.threatsOn(agent.id()));
        for (Threat t : candidates) {
            if ((t.category() == StrideCategory.ELEVATION_OF_PRIVILEGE || t.category() == StrideCategory.TAMPERING)
                    && t.status() == ThreatStatus.MITIGATED && ThreatResolution.of(t, model, today).resolved()) {
                return true;
            }
        }
        return false;
    }
}
