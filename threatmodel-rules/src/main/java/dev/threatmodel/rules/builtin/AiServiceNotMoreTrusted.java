package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/**
 * TM402: a third-party model API or tool server is never more trusted than an agent that calls it. An element is
 * such a service when its hosting is third-party or it names an AI service role; an agent calls it through a flow
 * from the agent to it (or a bidirectional flow between them). Elements whose trust is unknown are skipped here,
 * which never loosens the verdict: TM309 reports the zone without trust level as an error, and the service's answers
 * count as untrusted input for TM403. A model whose format cannot record trust levels gets one note, and only if it
 * has agents at all.
 */
public final class AiServiceNotMoreTrusted extends BuiltinRule {

    public AiServiceNotMoreTrusted() {
        super("TM402", "AiServiceNotMoreTrusted", Level.ERROR, 7.5,
                "A third-party model API or tool server sits in a zone no more trusted than the agents that call "
                        + "it.",
                ModelPart.AI_AGENT, ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.TRUST_ZONE,
                ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                What a model API or tool server answers goes straight into the agent's decisions. If such a \
                service is drawn more trusted than the agent, its answers look trustworthy to every rule, and \
                the flow back into the agent is not treated as untrusted input. A service run by a third party \
                is at best as trusted as the agent calling it.

                **How to fix:** move the service into a zone whose `trustLevel` is at most the calling agent's \
                (for example a `kind: external-ai-service` zone), or correct the trust levels.

                **Compliant**
                ```yaml
                zones:
                  - id: agent-zone
                    trustLevel: 40
                  - id: llm-vendor
                    kind: external-ai-service
                    trustLevel: 10
                elements:
                  - id: llm
                    name: Hosted language model
                    type: entity
                    hosting: third-party
                    aiService: model-api
                    zone: llm-vendor
                ```

                **Non-compliant**
                ```yaml
                zones:
                  - id: agent-zone
                    trustLevel: 40
                  - id: llm-vendor
                    kind: external-ai-service
                    trustLevel: 80        # more trusted than the agent calling it
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        boolean hasAgents = model.elements().stream().anyMatch(e -> e.type() == ElementType.AI_AGENT);
        if (!hasAgents || Findings.formatGap(context, this, FormatGap.TRUST_LEVELS)) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (DataFlow f : model.flows()) {
            Element source = model.element(f.source()).orElse(null);
            Element target = model.element(f.target()).orElse(null);
            if (source == null || target == null) {
                continue;
            }
            check(context, f, source, target, reported);
            if (f.bidirectional()) {
                check(context, f, target, source, reported);
            }
        }
    }

    private static void check(RuleContext context, DataFlow f, Element agent, Element service, Set<String> reported) {
        if (agent.type() != ElementType.AI_AGENT
                || service.hosting() != Hosting.THIRD_PARTY && service.aiService() == null) {
            return;
        }
        Integer agentTrust = context.boundaries().trustOf(agent);
        Integer serviceTrust = context.boundaries().trustOf(service);
        if (agentTrust == null || serviceTrust == null || serviceTrust <= agentTrust
                || !reported.add(service.id() + "\u0000" + agent.id())) {
            return;
        }
        String what = service.aiService() != null ? service.aiService().keyword() : "third-party service";
        context.report(service, "The " + what + " " + service.display() + " sits at trust level " + serviceTrust
                        + ", above agent " + agent.display() + " (trust level " + agentTrust + ") that calls it "
                        + "through flow " + Findings.flow(context.model(), f)
                        + ": place it in a zone no more trusted than the agent.")
                .at(service.origin().of("zone"))
                .related(agent.origin().of("zone"), "the calling agent's zone")
                .related(f.origin().at(), "the agent's call")
                .key(agent.id());
    }
}
