package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Element;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM307: every element sits in a trust zone, or is marked out of scope with a reason. */
public final class ElementPlacedInZone extends BuiltinRule {

    public ElementPlacedInZone() {
        super("TM307", "ElementPlacedInZone", Level.WARNING, 4.0,
                "Every element sits in a trust zone, or is marked out of scope with a reason.",
                ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.DATA_STORE, ModelPart.AI_AGENT,
                ModelPart.TRUST_ZONE);
    }

    @Override
    public String help() {
        return """
                Boundary crossings are computed from the zones elements sit in. An element in no zone is taken \
                as untrusted, which may invent or hide crossings; an element left out of the model deserves a \
                reason a reviewer can challenge.

                **How to fix:** set `zone` to the id of the zone the element runs in, or set `outOfScope: true` \
                together with `outOfScopeReason`.

                **Compliant**
                ```yaml
                elements:
                  - id: mail-relay
                    name: Mail relay
                    type: process
                    outOfScope: true
                    outOfScopeReason: Operated and threat-modelled by the mail team.
                ```

                **Non-compliant**
                ```yaml
                elements:
                  - id: mail-relay
                    name: Mail relay
                    type: process         # neither in a zone nor out of scope
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (Element e : context.model().elements()) {
            if (e.outOfScope()) {
                if (Findings.blank(e.outOfScopeReason())) {
                    context.report(e, "Element " + e.display() + " is out of scope without a reason: add "
                            + "outOfScopeReason saying why it is left out.").at(e.origin().of("outOfScope"));
                }
            } else if (Findings.blank(e.zone())) {
                context.report(e, "Element " + e.display() + " sits in no trust zone: set zone, or mark it "
                        + "outOfScope with an outOfScopeReason.");
            }
        }
    }
}
