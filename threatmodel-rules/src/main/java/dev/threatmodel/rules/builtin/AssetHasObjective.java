package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Asset;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/** TM201: every asset has at least one security objective. */
public final class AssetHasObjective extends BuiltinRule {

    public AssetHasObjective() {
        super("TM201", "AssetHasObjective", Level.WARNING, 5.0,
                "Every asset has at least one security objective that says what must be protected.",
                ModelPart.ASSET, ModelPart.OBJECTIVE);
    }

    @Override
    public String help() {
        return """
                An asset without an objective is listed but unprotected: nothing says whether its \
                confidentiality, integrity or availability matters, so no threat can be judged against it.

                **How to fix:** add an objective whose `asset` is the asset's id and whose `protects` lists the \
                properties that matter; or remove the asset if the modelled slice does not hold it.

                **Compliant**
                ```yaml
                assets:
                  - id: credentials
                    name: Passphrase hashes
                objectives:
                  - id: keep-credentials-secret
                    name: Credentials stay secret
                    asset: credentials
                    protects: [confidentiality]
                    assumptions: [hashes-only]
                ```

                **Non-compliant**
                ```yaml
                assets:
                  - id: credentials
                    name: Passphrase hashes
                objectives: []          # nothing protects credentials
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.ASSETS_AND_OBJECTIVES)) {
            return;
        }
        Set<String> protectedAssets = new HashSet<>();
        for (SecurityObjective o : context.model().objectives()) {
            protectedAssets.add(o.asset());
        }
        for (Asset a : context.model().assets()) {
            if (!protectedAssets.contains(a.id())) {
                context.report(a, "Asset " + a.display() + " has no security objective: add an objective whose "
                        + "asset is " + a.id() + ".");
            }
        }
    }
}
