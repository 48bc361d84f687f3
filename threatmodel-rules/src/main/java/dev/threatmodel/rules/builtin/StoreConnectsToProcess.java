package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM303: a data store exchanges data only with processes and AI agents. */
public final class StoreConnectsToProcess extends BuiltinRule {

    public StoreConnectsToProcess() {
        super("TM303", "StoreConnectsToProcess", Level.WARNING, 3.0,
                "A data store's flows connect it only to processes or AI agents, never directly to an external "
                        + "entity or another store.",
                ModelPart.DATA_STORE, ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                Data does not move by itself: something reads it from a store and writes it elsewhere. A flow \
                straight from a store to a person or to another store hides that process, and with it the place \
                where access is checked and where threats such as tampering or disclosure are answered.

                **How to fix:** draw the process that moves the data (a sync job, an API, an export) and route \
                the flow through it.

                **Compliant**
                ```yaml
                flows:
                  - id: f9
                    name: Stored post
                    source: post-store     # store
                    target: render-post    # process
                  - id: f5
                    name: Rendered post
                    source: render-post
                    target: reader         # entity
                ```

                **Non-compliant**
                ```yaml
                flows:
                  - id: f9
                    name: Stored post
                    source: post-store     # store
                    target: reader         # entity: who reads the store?
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (DataFlow f : model.flows()) {
            Element source = model.element(f.source()).orElse(null);
            Element target = model.element(f.target()).orElse(null);
            if (source == null || target == null) {
                continue;
            }
            if (source.type() == ElementType.DATA_STORE && !isActor(target)) {
                report(context, f, source, target, "target");
            } else if (target.type() == ElementType.DATA_STORE && !isActor(source)) {
                report(context, f, target, source, "source");
            }
        }
    }

    private static boolean isActor(Element e) {
        return e.type() == ElementType.PROCESS || e.type() == ElementType.AI_AGENT;
    }

    private static void report(RuleContext context, DataFlow f, Element store, Element other, String field) {
        String kind = other.type() == ElementType.DATA_STORE ? "another data store" : "the external entity";
        context.report(f, "Flow " + Findings.flow(context.model(), f) + " connects data store "
                + store.display() + " directly to "
                        + kind + " " + other.display() + ": route it through the process that moves the data.")
                .at(f.origin().of(field))
                .related(other.origin().at(), "the element that is not a process");
    }
}
