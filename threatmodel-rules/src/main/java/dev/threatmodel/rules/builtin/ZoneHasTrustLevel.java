package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM309: every trust zone has a trust level, its own or one inherited from a zone around it. A zone of unknown trust
 * is checked as the worst case by the directional rules, and reported here so that the gap is closed, not lived with.
 * A model whose format cannot record trust levels gets one note instead, if it has zones at all.
 */
public final class ZoneHasTrustLevel extends BuiltinRule {

    public ZoneHasTrustLevel() {
        super("TM309", "ZoneHasTrustLevel", Level.ERROR, 7.0,
                "Every trust zone has a trust level, written on it or on a zone around it.",
                ModelPart.TRUST_ZONE);
    }

    @Override
    public String help() {
        return """
                Which way a flow moves in trust decides which rules guard it: input into a more trusted zone \
                needs abuse stories and, into an agent with terminal or file-system access, a mitigated \
                elevation-of-privilege threat. Without a trust level nobody can tell which side is more \
                trusted, so the check takes the worst case (every flow across the zone is treated as entering \
                a more trusted zone) and reports the zone, because the model does not say what it should.

                A nested zone without `trustLevel` takes the level of the nearest zone around it that has one; \
                only a zone for which no such zone exists is reported.

                **How to fix:** give the zone a `trustLevel` from 0 (untrusted, such as the internet) to 100 \
                (most trusted), or nest it in a zone that has one.

                **Compliant**
                ```yaml
                zones:
                  - id: internet
                    name: Internet
                    trustLevel: 0
                ```

                **Non-compliant**
                ```yaml
                zones:
                  - id: internet
                    name: Internet      # no trustLevel, and no parent that has one
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (context.model().zones().isEmpty() || Findings.formatGap(context, this, FormatGap.TRUST_LEVELS)) {
            return;
        }
        for (TrustZone z : context.model().zones()) {
            if (z.id() == null || known(context, z)) {
                continue;
            }
            String around = z.parent() == null ? "" : ", and no zone around it has one";
            context.report(z, "Zone " + z.display() + " has no trustLevel" + around + ": its trust is unknown, so "
                    + "every flow across it is checked as entering a more trusted zone. Give it a trustLevel "
                    + "from 0 (untrusted) to 100.").rank(Findings.RANK_INTO_MORE_TRUSTED);
        }
    }

    private static boolean known(RuleContext context, TrustZone zone) {
        for (TrustZone z : context.boundaries().chain(zone.id())) {
            if (z.trustLevel() != null) {
                return true;
            }
        }
        return false;
    }
}
