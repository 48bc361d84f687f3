package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.List;

/**
 * TM106: every mitigation names the security control (the property it provides). Without it, TM104 cannot tell
 * whether the mitigation answers its threat, so a missing control is a finding rather than a pass.
 */
public final class MitigationNamesControl extends BuiltinRule {

    public MitigationNamesControl() {
        super("TM106", "MitigationNamesControl", Level.ERROR, 4.0,
                "Every mitigation names the security control it provides.",
                ModelPart.MITIGATION);
    }

    @Override
    public String help() {
        return """
                The control says which security property a mitigation provides: authentication, integrity, \
                non-repudiation, confidentiality, availability or authorization. It is what shows that the \
                mitigation answers its threat (TM104 compares it with the threat's STRIDE category); a \
                mitigation without one cannot be checked, so it is reported instead of passed.

                **How to fix:** add `control:` with the property the mitigation provides.

                **Compliant**
                ```yaml
                mitigations:
                  - name: Signed session cookie
                    control: integrity
                    domain: cryptography
                    status: implemented
                ```

                **Non-compliant**
                ```yaml
                mitigations:
                  - name: Signed session cookie
                    domain: cryptography
                    status: implemented      # no control
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
                if (m.control() == null) {
                    String wanted = t.category() == null ? "" : " (for " + t.category().keyword() + ", "
                            + t.category().control().keyword() + ")";
                    context.report(t, "The " + Findings.mitigation(t, i, m) + " names no security control: add "
                                    + "control: with the property it provides" + wanted + ".")
                            .at(m.origin().at())
                            .key(Findings.mitigationKey(i, m));
                }
            }
        }
    }
}
