package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Element;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM305: every element of the diagram takes part in at least one flow. */
public final class ElementHasFlow extends BuiltinRule {

    public ElementHasFlow() {
        super("TM305", "ElementHasFlow", Level.WARNING, 2.0,
                "Every element of the diagram is the source or target of at least one data flow.",
                ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.DATA_STORE, ModelPart.AI_AGENT,
                ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                An element with no flows exchanges no data, so no threat on a flow can reach it and no boundary \
                is crossed on its way: either the diagram misses its flows or the element no longer exists.

                **How to fix:** draw the flows in and out of the element, or remove it.

                **Compliant**
                ```yaml
                elements:
                  - id: reader
                    name: Blog reader
                    type: entity
                    zone: internet
                flows:
                  - id: f5
                    name: Rendered post
                    source: render-post
                    target: reader
                ```

                **Non-compliant**
                ```yaml
                elements:
                  - id: reader
                    name: Blog reader
                    type: entity
                    zone: internet       # no flow mentions reader
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (Element e : model.elements()) {
            if (model.flowsFrom(e.id()).isEmpty() && model.flowsTo(e.id()).isEmpty()) {
                context.report(e, "Element " + e.display() + " has no data flow: draw the flows in and out of it, "
                        + "or remove it.");
            }
        }
    }
}
