package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM301: every element and every flow of the diagram has a label. */
public final class DiagramItemHasLabel extends BuiltinRule {

    public DiagramItemHasLabel() {
        super("TM301", "DiagramItemHasLabel", Level.WARNING, 1.0,
                "Every element and every data flow of the diagram has a label.",
                ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.DATA_STORE, ModelPart.AI_AGENT,
                ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                Ids are for machines; reviewers read labels. A diagram of unlabelled boxes and arrows cannot be \
                checked against the real system, and findings about it are hard to act on.

                **How to fix:** give the element or flow a `name` that says what it is or what it carries.

                **Compliant**
                ```yaml
                flows:
                  - id: f4
                    number: 4
                    name: Post content
                    source: author
                    target: edit-post
                ```

                **Non-compliant**
                ```yaml
                flows:
                  - id: f4
                    number: 4
                    source: author        # what does this flow carry?
                    target: edit-post
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (Element e : context.model().elements()) {
            if (Findings.blank(e.name())) {
                context.report(e, "Element " + e.id() + " has no label: give it a name that says what it is.");
            }
        }
        for (DataFlow f : context.model().flows()) {
            if (Findings.blank(f.name())) {
                context.report(f, "Flow " + Findings.flow(context.model(), f)
                        + " has no label: give it a name that says what it carries.");
            }
        }
    }
}
