package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM602: the model's review date is not after today. A date in the future would keep TM601 quiet for years; one day
 * of grace allows for authors in time zones ahead of the build's (the check's day is the UTC one).
 */
public final class ReviewDateNotInFuture extends BuiltinRule {

    public ReviewDateNotInFuture() {
        super("TM602", "ReviewDateNotInFuture", Level.ERROR, 3.0,
                "The model's review date is not in the future.",
                ModelPart.MODEL);
    }

    @Override
    public String help() {
        return """
                `reviewed` says when the team last checked that the model matches the system; TM601 reports \
                it once it is too old. A date in the future cannot be true, and it would keep TM601 quiet \
                until that date. The check's day is today in UTC; a date one day ahead is allowed, for authors \
                in time zones ahead of UTC.

                **How to fix:** set `reviewed` to the day of the last review.

                **Compliant**
                ```yaml
                reviewed: 2026-11-02
                ```

                **Non-compliant**
                ```yaml
                reviewed: 2031-01-01     # not yet
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        if (model.reviewed() != null && model.reviewed().isAfter(context.options().today().plusDays(1))) {
            context.reportModel("The model's review date " + model.reviewed() + " is after today ("
                            + context.options().today() + "), which would keep TM601 from ever reporting the model "
                            + "as stale: set reviewed to the day of the last review.")
                    .at(model.origin().of("reviewed"))
                    .key("review");
        }
    }
}
