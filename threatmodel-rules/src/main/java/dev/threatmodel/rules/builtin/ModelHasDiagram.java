package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * TM310: the model has a data-flow diagram with elements, flows and at least one trust zone, and at least one flow
 * crosses a boundary. Every boundary rule checks crossing flows; a model without them would pass all of them, so
 * deleting the diagram (or every zone) must fail instead.
 */
public final class ModelHasDiagram extends BuiltinRule {

    public ModelHasDiagram() {
        super("TM310", "ModelHasDiagram", Level.ERROR, 8.0,
                "The model has elements, data flows and at least one trust zone, and at least one flow crosses a "
                        + "trust boundary.",
                ModelPart.MODEL, ModelPart.TRUST_ZONE, ModelPart.DATA_FLOW, ModelPart.EXTERNAL_ENTITY,
                ModelPart.PROCESS, ModelPart.DATA_STORE, ModelPart.AI_AGENT);
    }

    @Override
    public String help() {
        return """
                The rules that matter most check the data flows that cross a trust boundary: a threat on each, \
                each threat dealt with, a story for each flow into a more trusted zone. A model without \
                elements, flows or zones, or one whose flows all stay inside one zone, gives those rules \
                nothing to check, so it would pass them all. Leaving the diagram out is therefore a failure, \
                not a pass: a threat model starts with what talks to what, and where trust changes.

                **How to fix:** draw the system: its external entities, processes, data stores and agents \
                (`elements`), the `flows` between them, and the `zones` they sit in, with a zone for what you \
                do not control (such as the internet) and one for what you do.

                **Compliant**
                ```yaml
                zones:
                  - id: internet
                    trustLevel: 0
                  - id: app
                    trustLevel: 60
                elements:
                  - { id: user, name: User, type: entity, zone: internet }
                  - { id: api, name: API, type: process, zone: app }
                flows:
                  - { id: f1, number: 1, name: Request, source: user, target: api }
                ```

                **Non-compliant**
                ```yaml
                name: Payments
                owner: payments-team   # no zones, no elements, no flows
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        List<String> missing = new ArrayList<>();
        if (model.elements().isEmpty()) {
            missing.add("no elements");
        }
        if (model.flows().isEmpty()) {
            missing.add("no data flows");
        }
        if (model.zones().isEmpty()) {
            missing.add("no trust zones");
        }
        if (!missing.isEmpty()) {
            int last = missing.size() - 1;
            String list = last == 0 ? missing.get(0)
                    : String.join(", ", missing.subList(0, last)) + " and " + missing.get(last);
            context.reportModel("The model has " + list + ", so the rules about trust boundaries have nothing to "
                            + "check: draw the elements, the data flows between them and the trust zones they sit "
                            + "in.").rank(Findings.RANK_INTO_MORE_TRUSTED).key("diagram");
            return;
        }
        if (context.boundaries().crossingFlows().isEmpty()) {
            context.reportModel("No data flow of the model crosses a trust boundary, so the rules about trust "
                            + "boundaries have nothing to check: place every element in the zone it runs in, with "
                            + "a zone of its own for what you do not control, such as the internet.")
                    .rank(Findings.RANK_INTO_MORE_TRUSTED).key("crossing");
        }
    }
}
