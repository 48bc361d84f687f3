package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** TM401: an AI agent sits in a zone of its own: the zone directly holding it holds no element that is no agent. */
public final class AgentHasOwnZone extends BuiltinRule {

    public AgentHasOwnZone() {
        super("TM401", "AgentHasOwnZone", Level.ERROR, 7.0,
                "The zone that directly holds an AI agent holds no processes, stores or entities.",
                ModelPart.AI_AGENT, ModelPart.TRUST_ZONE);
    }

    @Override
    public String help() {
        return """
                An AI agent decides for itself what to do with what it reads, so whatever it reads can steer it \
                (prompt injection). Put in one zone with ordinary processes and stores, the flows between them \
                cross no boundary and nothing asks what a steered agent could do to its neighbours. Giving the \
                agent a zone of its own makes every exchange with it a boundary crossing that the other rules \
                check.

                **How to fix:** add a zone (for example `kind: ai-agent`) nested where the agent runs, and move the \
                agent into it; or move the other elements out of the agent's zone.

                **Compliant**
                ```yaml
                zones:
                  - id: ci
                    name: CI runner
                    trustLevel: 50
                  - id: review-agent-zone
                    name: Review agent
                    kind: ai-agent
                    trustLevel: 40
                    parent: ci
                elements:
                  - id: review-agent
                    name: Code review agent
                    type: agent
                    zone: review-agent-zone
                  - id: build
                    name: Build
                    type: process
                    zone: ci
                ```

                **Non-compliant**
                ```yaml
                elements:
                  - id: review-agent
                    name: Code review agent
                    type: agent
                    zone: ci
                  - id: build
                    name: Build
                    type: process
                    zone: ci             # shares the agent's zone
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        Map<String, List<Element>> others = new HashMap<>();
        for (Element e : context.model().elements()) {
            if (e.zone() != null && e.type() != ElementType.AI_AGENT) {
                others.computeIfAbsent(e.zone(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Element agent : context.model().elements()) {
            if (agent.type() != ElementType.AI_AGENT || agent.zone() == null) {
                continue;
            }
            List<Element> sharing = others.get(agent.zone());
            if (sharing == null) {
                continue;
            }
            TrustZone zone = context.model().zone(agent.zone()).orElse(null);
            String zoneName = zone == null ? agent.zone() : zone.display();
            RuleContext.FindingBuilder f = context.report(agent, "AI agent " + agent.display() + " shares zone "
                            + zoneName + " with " + String.join(", ", sharing.stream().map(Element::display).toList())
                            + ": give the agent a zone of its own so that its exchanges cross a boundary.")
                    .at(agent.origin().of("zone"));
            if (zone != null) {
                f.related(zone.origin().at(), "zone " + zone.display());
            }
        }
    }
}
