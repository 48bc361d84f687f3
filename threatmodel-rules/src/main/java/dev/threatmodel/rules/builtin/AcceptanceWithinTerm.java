package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Severity;
import java.util.List;
import java.util.ArrayList;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.ModelItem;
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
                "Every risk acceptance and every suppression ends within the allowed term (365 days from today by "
                        + "default).",
                ModelPart.THREAT, ModelPart.MODEL);
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
            if (a == null || t.status() != ThreatStatus.ACCEPTED && t.status() != ThreatStatus.TRANSFERRED) {
                continue;
            }
            if (a.expires() == null) {
                if (context.boundaries().of(t.target()).isPresent() || t.severity() == null
                        || t.severity() == Severity.HIGH || t.severity() == Severity.CRITICAL) {
                    continue; // TM102 (crossing flows) or TM108 (severe threats) report the incomplete acceptance
                }
                // an acceptance that never ends is the longest term of all (fail closed: a missing date is a finding)
                context.report(t, "Threat " + t.display() + " is " + t.status().keyword() + " with no expiry date,"
                                + " so the risk is accepted for ever: set an expiry date within " + max + " days and"
                                + " review the risk then.")
                        .at(a.origin().of("expires"));
                continue;
            }
            if (!a.expires().isAfter(last)) {
                continue;
            }
            context.report(t, "Threat " + t.display() + " is " + t.status().keyword() + " until " + a.expires()
                            + ", " + ChronoUnit.DAYS.between(today, a.expires()) + " days from today, longer than "
                            + "the " + max + " days allowed: set an expiry date within the term and review the "
                            + "risk then.")
                    .at(a.origin().of("expires"));
        }
        // a suppression is a waiver like an acceptance: one that holds past the term is reported the same way
        for (ModelItem item : items(context.model())) {
            suppressionsPastTheTerm(context, item, item.suppressions(), today, max);
        }
        suppressionsPastTheTerm(context, null, context.model().suppressions(), today, max);
    }

    /** Reports each suppression of {@code item} (null: the model as a whole) that holds past the allowed term. */
    private static void suppressionsPastTheTerm(RuleContext context, ModelItem item, List<Suppression> suppressions,
                                                LocalDate today, int max) {
        for (Suppression s : suppressions) {
            if (s.until() == null || !s.until().isAfter(today.plusDays(max))) {
                continue;
            }
            String message = "The " + (item == null ? "model-wide suppression of " + s.rule()
                    : "suppression of " + s.rule() + " on " + item.display()) + " holds until " + s.until() + ", "
                    + ChronoUnit.DAYS.between(today, s.until()) + " days from today, longer than the " + max
                    + " days allowed: set until within the term and review the waiver then.";
            (item == null ? context.reportModel(message) : context.report(item, message))
                    .at(s.origin().of("until")).key("suppression/" + s.rule());
        }
    }

    private static List<ModelItem> items(ThreatModel model) {
        List<ModelItem> items = new ArrayList<>();
        items.addAll(model.assets());
        items.addAll(model.objectives());
        items.addAll(model.attackerGoals());
        items.addAll(model.assumptions());
        items.addAll(model.zones());
        items.addAll(model.elements());
        items.addAll(model.flows());
        items.addAll(model.threats());
        items.addAll(model.stories());
        return items;
    }
}
