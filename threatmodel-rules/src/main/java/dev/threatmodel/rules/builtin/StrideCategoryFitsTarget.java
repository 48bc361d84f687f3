package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.TargetKind;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.Optional;
import java.util.stream.Collectors;

/** TM103: a threat's STRIDE category is one that can be aimed at its target's kind. */
public final class StrideCategoryFitsTarget extends BuiltinRule {

    public StrideCategoryFitsTarget() {
        super("TM103", "StrideCategoryFitsTarget", Level.WARNING, 3.0,
                "A threat's STRIDE category applies to the kind of element or flow it is aimed at.",
                ModelPart.THREAT, ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.DATA_STORE,
                ModelPart.AI_AGENT, ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                STRIDE per element says which threats make sense where: a data flow can be tampered with, read \
                or flooded, but it cannot be spoofed, deny an action or gain privileges; only processes and AI \
                agents can be elevated. A threat in a category that does not fit its target usually means it is \
                aimed at the wrong element: spoofing of a flow is really spoofing of the entity at its source.

                | category | applies to |
                |---|---|
                | spoofing | external entity, process, AI agent |
                | tampering | process, AI agent, data store, data flow |
                | repudiation | external entity, process, AI agent, data store |
                | information-disclosure | process, AI agent, data store, data flow |
                | denial-of-service | process, AI agent, data store, data flow |
                | elevation-of-privilege | process, AI agent |

                Threats without a STRIDE category (imported from a non-STRIDE diagram) are not checked.

                **How to fix:** aim the threat at an element it applies to, or choose the category that describes it.

                **Compliant**
                ```yaml
                threats:
                  - id: T8
                    name: Someone poses as the administrator
                    category: spoofing
                    target: admin        # an external entity
                ```

                **Non-compliant**
                ```yaml
                threats:
                  - id: T8
                    name: Someone poses as the administrator
                    category: spoofing
                    target: f1           # a data flow cannot be spoofed
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (Threat t : model.threats()) {
            StrideCategory category = t.category();
            Optional<TargetKind> kind = model.targetKind(t.target());
            if (category == null || kind.isEmpty() || category.appliesTo(kind.get())) {
                continue;
            }
            String fits = category.targets().stream().map(TargetKind::words).collect(Collectors.joining(", "));
            context.report(t, "Threat " + t.display() + " is " + category.keyword() + ", which does not apply to "
                            + "the " + kind.get().words() + " " + target(model, t.target())
                            + " it is aimed at; " + category.keyword() + " applies to: " + fits
                            + ". Aim it at such an element or choose another category.")
                    .at(t.origin().of("category"))
                    .related(model.target(t.target()).orElseThrow().origin().at(), "the threat's target");
        }
    }

    /** The target by the name findings use for it: a flow by its ends where it has no label. */
    private static String target(ThreatModel model, String id) {
        ModelItem item = model.target(id).orElseThrow();
        return item instanceof DataFlow f ? Findings.flow(model, f) : item.display();
    }
}
