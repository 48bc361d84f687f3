package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * TM603: an accepted or transferred risk expires within the allowed term (365 days from today by default, set with
 * {@code maxAcceptanceDays}). An acceptance dated decades ahead is an acceptance without expiry in disguise.
 */
public final class AcceptanceWithinTerm extends BuiltinRule {

    public AcceptanceWithinTerm() {
        super("TM603", "AcceptanceWithinTerm", Level.WARNING, 4.0,
                "Every risk acceptance expires within the allowed term (365 days from today by default).",
                ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                An acceptance expires so that someone looks at the risk again while it is still the same risk. \
                An expiry date years away works like no expiry at all. The longest term is \
                `maxAcceptanceDays` (plugin parameter `threatmodel.maxAcceptanceDays`, command-line option \
                `--max-acceptance-days`), 365 days by default.

                **How to fix:** set `expires` within the term, and review the risk when it comes.

                **Compliant**
                ```yaml
                    acceptance:
                      justification: The form sits behind the CDN's own rate limit.
                      acceptedBy: Head of engineering
                      expires: 2027-06-30
                ```

                **Non-compliant**
                ```yaml
                    acceptance:
                      justification: The form sits behind the CDN's own rate limit.
                      acceptedBy: Head of engineering
                      expires: 2099-12-31     # far beyond the term
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        int max = context.options().maxAcceptanceDays();
        LocalDate today = context.options().today();
        LocalDate last = today.plusDays(max);
        for (Threat t : context.model().threats()) {
            Acceptance a = t.acceptance();
            if (a == null || a.expires() == null || !a.expires().isAfter(last)
                    || t.status() != ThreatStatus.ACCEPTED && t.status() != ThreatStatus.TRANSFERRED) {
                continue;
            }
            context.report(t, "Threat " + t.display() + " is " + t.status().keyword() + " until " + a.expires()
                            + ", " + ChronoUnit.DAYS.between(today, a.expires()) + " days from today, longer than "
                            + "the " + max + " days allowed: set an expiry date within the term and review the "
                            + "risk then.")
                    .at(a.origin().of("expires"));
        }
    }
}
