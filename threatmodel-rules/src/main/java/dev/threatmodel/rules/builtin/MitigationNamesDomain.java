package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.List;

/** TM105: every mitigation names one of the thirteen security domains. */
public final class MitigationNamesDomain extends BuiltinRule {

    public MitigationNamesDomain() {
        super("TM105", "MitigationNamesDomain", Level.ERROR, 2.0,
                "Every mitigation names the security domain it belongs to.",
                ModelPart.MITIGATION);
    }

    @Override
    public String help() {
        return """
                The security domain says which discipline owns a control, so that it can be found, audited and \
                kept up. The thirteen domains are: access-control, secure-development, business-continuity, \
                cryptography, asset-management, legal, incident-response, network, operations, \
                physical-and-environmental, governance, security-architecture, supplier-risk.

                **How to fix:** add `domain:` with one of those words to the mitigation.

                **Compliant**
                ```yaml
                mitigations:
                  - name: Rate limit of 5 attempts per token
                    control: availability
                    domain: network
                    status: implemented
                ```

                **Non-compliant**
                ```yaml
                mitigations:
                  - name: Rate limit of 5 attempts per token
                    control: availability
                    status: implemented      # no domain
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.MITIGATION_DETAILS)) {
            return;
        }
        for (Threat t : context.model().threats()) {
            List<Mitigation> ms = t.mitigations();
            for (int i = 0; i < ms.size(); i++) {
                Mitigation m = ms.get(i);
                if (m.domain() == null) {
                    context.report(t, "The " + Findings.mitigation(t, i, m) + " names no security domain: add "
                                    + "domain: with one of the thirteen domains, such as access-control or "
                                    + "cryptography.")
                            .at(m.origin().at())
                            .key(Findings.mitigationKey(i, m));
                }
            }
        }
    }
}
