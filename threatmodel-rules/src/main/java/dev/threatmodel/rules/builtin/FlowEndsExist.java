package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM302: every flow has a source and a target, and both are elements of the diagram. */
public final class FlowEndsExist extends BuiltinRule {

    public FlowEndsExist() {
        super("TM302", "FlowEndsExist", Level.ERROR, 5.0,
                "Every data flow has a source and a target that are elements of the diagram.",
                ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                A flow without both ends cannot be placed against the trust boundaries, so nobody can tell \
                whether it crosses one: its threats would silently go unchecked. Drawing tools leave such \
                dangling arrows behind when a box is deleted.

                **How to fix:** set `source` and `target` to ids of elements, or delete the flow.

                **Compliant**
                ```yaml
                flows:
                  - id: f9
                    number: 9
                    name: Stored post
                    source: post-store
                    target: render-post
                ```

                **Non-compliant**
                ```yaml
                flows:
                  - id: f9
                    number: 9
                    name: Stored post
                    source: post-store
                    target: renderer     # no element has this id
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (DataFlow f : context.model().flows()) {
            checkEnd(context, f, "source", f.source());
            checkEnd(context, f, "target", f.target());
        }
    }

    private static void checkEnd(RuleContext context, DataFlow f, String field, String id) {
        if (Findings.blank(id)) {
            context.report(f, "Flow " + Findings.flow(context.model(), f) + " has no " + field
                    + ": connect it to an element or delete "
                    + "it.").key(field);
        } else if (context.model().element(id).isEmpty()) {
            context.report(f, "Flow " + Findings.flow(context.model(), f) + " has " + field + " " + id
                    + ", which is not an element of "
                    + "the diagram: use the id of an element or delete the flow.")
                    .at(f.origin().of(field)).key(field);
        }
    }
}
