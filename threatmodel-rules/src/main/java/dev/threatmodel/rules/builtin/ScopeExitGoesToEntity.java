package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM308: data that leaves the modelled scope goes to an external entity. */
public final class ScopeExitGoesToEntity extends BuiltinRule {

    public ScopeExitGoesToEntity() {
        super("TM308", "ScopeExitGoesToEntity", Level.WARNING, 3.0,
                "A flow from the modelled scope to an out-of-scope element ends at an external entity.",
                ModelPart.DATA_FLOW, ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.DATA_STORE,
                ModelPart.AI_AGENT);
    }

    @Override
    public String help() {
        return """
                Whatever lies outside the model is, for this model, an external entity: something it cannot see \
                into and must not trust. Data sent to an out-of-scope process or store is really handed to \
                whoever runs it; drawing it as an entity keeps that explicit and lets STRIDE ask the right \
                questions (spoofing and repudiation of the receiver).

                **How to fix:** change the out-of-scope element's `type` to `entity`, or bring it into scope by \
                placing it in a zone.

                **Compliant**
                ```yaml
                elements:
                  - id: mail-relay
                    name: Mail relay
                    type: entity
                    outOfScope: true
                    outOfScopeReason: Operated by the mail team.
                ```

                **Non-compliant**
                ```yaml
                elements:
                  - id: mail-relay
                    name: Mail relay
                    type: process          # out-of-scope target of flow f2
                    outOfScope: true
                    outOfScopeReason: Operated by the mail team.
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (DataFlow f : model.flows()) {
            Element source = model.element(f.source()).orElse(null);
            Element target = model.element(f.target()).orElse(null);
            if (source == null || target == null || source.outOfScope() || !target.outOfScope()
                    || target.type() == ElementType.EXTERNAL_ENTITY) {
                continue;
            }
            context.report(f, "Flow " + Findings.flow(context.model(), f)
                    + " leaves the modelled scope to out-of-scope "
                            + target.type().keyword() + " " + target.display() + ": draw the receiver as an "
                            + "external entity (type: entity).")
                    .at(f.origin().of("target"))
                    .related(target.origin().of("type"), "the out-of-scope element's type");
        }
    }
}
