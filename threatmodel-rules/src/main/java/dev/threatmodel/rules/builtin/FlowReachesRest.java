package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM304: data comes to rest at an entity or a store. A flow into a process or agent that sends nothing on is a dead
 * end: the diagram stops before the data does. A bidirectional flow counts as leaving both of its ends.
 */
public final class FlowReachesRest extends BuiltinRule {

    public FlowReachesRest() {
        super("TM304", "FlowReachesRest", Level.WARNING, 3.0,
                "Data that flows into a process or AI agent flows on until it rests at an entity or a store.",
                ModelPart.DATA_FLOW, ModelPart.PROCESS, ModelPart.AI_AGENT);
    }

    @Override
    public String help() {
        return """
                Processes transform and pass on data; they do not keep it. A flow into a process that has no \
                outgoing flow means the diagram stops short: where the data goes next (a store, a log, a third \
                party) is exactly where unexpected exposure hides.

                **How to fix:** add the flow that carries the data on from the process to the store or entity \
                where it ends up; if the process truly discards it, say so in the flow's target by drawing what \
                happens instead.

                **Compliant**
                ```yaml
                flows:
                  - id: f4
                    name: Post content
                    source: author
                    target: edit-post
                  - id: f8
                    name: Saved post
                    source: edit-post
                    target: post-store
                ```

                **Non-compliant**
                ```yaml
                flows:
                  - id: f4
                    name: Post content
                    source: author
                    target: edit-post    # edit-post sends nothing on
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (DataFlow f : model.flows()) {
            Element target = model.element(f.target()).orElse(null);
            if (target == null || f.bidirectional()
                    || target.type() != ElementType.PROCESS && target.type() != ElementType.AI_AGENT
                    || leavesScope(model, f, target)) {
                continue;
            }
            if (!sendsOn(model, target)) {
                context.report(f, "Flow " + Findings.flow(context.model(), f) + " ends at "
                        + target.type().keyword() + " "
                                + target.display() + ", which sends nothing on: add the flow that carries the "
                                + "data to the store or entity where it comes to rest.")
                        .at(f.origin().of("target"))
                        .related(target.origin().at(), "the " + target.type().keyword() + " with no outgoing flow");
            }
        }
    }

    /**
     * Whether the flow leaves the modelled scope for an out-of-scope element: TM308 reports that, and what such an
     * element does with the data next is outside the model, so one finding explains it.
     */
    private static boolean leavesScope(ThreatModel model, DataFlow f, Element target) {
        return target.outOfScope() && model.element(f.source()).filter(s -> !s.outOfScope()).isPresent();
    }

    private static boolean sendsOn(ThreatModel model, Element e) {
        if (!model.flowsFrom(e.id()).isEmpty()) {
            return true;
        }
        for (DataFlow in : model.flowsTo(e.id())) {
            if (in.bidirectional()) {
                return true;
            }
        }
        return false;
    }
}
