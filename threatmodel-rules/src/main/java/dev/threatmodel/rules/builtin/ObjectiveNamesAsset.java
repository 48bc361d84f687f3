package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM202: every security objective names an asset that exists. */
public final class ObjectiveNamesAsset extends BuiltinRule {

    public ObjectiveNamesAsset() {
        super("TM202", "ObjectiveNamesAsset", Level.ERROR, 4.0,
                "Every security objective names an asset of the model.",
                ModelPart.OBJECTIVE, ModelPart.ASSET);
    }

    @Override
    public String help() {
        return """
                An objective protects something. Without an asset, or with the id of an asset that does not \
                exist (often a typo or a renamed asset), the objective protects nothing.

                **How to fix:** set `asset` to the id of one of the model's assets, or add the missing asset.

                **Compliant**
                ```yaml
                assets:
                  - id: posts
                    name: Blog posts
                objectives:
                  - id: posts-unaltered
                    name: Posts change only at their author's hand
                    asset: posts
                    protects: [integrity]
                    assumptions: [csrf-tokens]
                ```

                **Non-compliant**
                ```yaml
                objectives:
                  - id: posts-unaltered
                    name: Posts change only at their author's hand
                    asset: blog-posts     # no asset has this id
                    protects: [integrity]
                    assumptions: [csrf-tokens]
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.ASSETS_AND_OBJECTIVES)) {
            return;
        }
        for (SecurityObjective o : context.model().objectives()) {
            if (Findings.blank(o.asset())) {
                context.report(o, "Objective " + o.display() + " names no asset: set asset to the id of the asset "
                        + "it protects.");
            } else if (context.model().asset(o.asset()).isEmpty()) {
                context.report(o, "Objective " + o.display() + " names asset " + o.asset() + ", which does not "
                        + "exist: use the id of one of the model's assets.").at(o.origin().of("asset"));
            }
        }
    }
}
