package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.ThreatResolution;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.List;

/**
 * TM206: an implemented mitigation that relies on a refuted assumption no longer counts. One finding per mitigation
 * and broken assumption; it says whether the threat is open again ({@link ThreatResolution} decides, the same logic
 * that TM102 applies).
 */
public final class RefutedAssumptionVoidsMitigation extends BuiltinRule {

    public RefutedAssumptionVoidsMitigation() {
        super("TM206", "RefutedAssumptionVoidsMitigation", Level.ERROR, 8.0,
                "No implemented mitigation relies on an assumption that has been refuted.",
                ModelPart.MITIGATION, ModelPart.ASSUMPTION, ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                When an assumption turns out false, every mitigation that relies on it stops protecting: TLS \
                pinning is worthless if TLS is not enforced. Such a mitigation no longer counts, and a threat whose \
                only implemented mitigations relied on the assumption is open again (TM102 fails on it when it is \
                on a boundary-crossing flow).

                **How to fix:** restore the assumption (fix the system, then set it back to `validated` after \
                checking), or add a mitigation that does not rely on it.

                **Compliant**
                ```yaml
                assumptions:
                  - id: tls-everywhere
                    text: Every request arrives over TLS.
                    type: infrastructure
                    owner: platform-team
                    status: validated
                threats:
                  - id: T1
                    category: tampering
                    target: f1
                    status: mitigated
                    mitigations:
                      - name: HSTS with preload
                        control: integrity
                        domain: cryptography
                        status: implemented
                        reliesOn: [tls-everywhere]
                ```

                **Non-compliant**
                ```yaml
                assumptions:
                  - id: tls-everywhere
                    text: Every request arrives over TLS.
                    type: infrastructure
                    owner: platform-team
                    status: refuted          # the legacy host still serves plain HTTP
                threats:
                  - id: T1
                    category: tampering
                    target: f1
                    status: mitigated
                    mitigations:
                      - name: HSTS with preload
                        control: integrity
                        domain: cryptography
                        status: implemented
                        reliesOn: [tls-everywhere]
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (Threat t : model.threats()) {
            List<Mitigation> ms = t.mitigations();
            ThreatResolution resolution = null;
            for (int i = 0; i < ms.size(); i++) {
                Mitigation m = ms.get(i);
                if (!ThreatResolution.implemented(m, model)) {
                    continue;
                }
                for (Assumption a : ThreatResolution.refutedAssumptions(m, model)) {
                    if (resolution == null) {
                        resolution = ThreatResolution.of(t, model, context.options().today());
                    }
                    String consequence = resolution.verdict() == ThreatResolution.Verdict.MITIGATIONS_VOIDED
                            ? "threat " + t.display() + " has no other implemented mitigation and is open again"
                            : "it no longer counts for threat " + t.display();
                    context.report(t, "The " + Findings.mitigation(t, i, m) + " relies on assumption "
                                    + a.display() + ", which was refuted: " + consequence + ".")
                            .at(m.origin().of("reliesOn"))
                            .related(a.origin().of("status"), "assumption " + a.display() + " was refuted")
                            .key(Findings.mitigationKey(i, m) + "/" + a.id());
                }
            }
        }
    }
}
