package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.time.temporal.ChronoUnit;

/** TM601: the model states when it was last reviewed, and that date is recent enough. */
public final class ModelReviewIsRecent extends BuiltinRule {

    public ModelReviewIsRecent() {
        super("TM601", "ModelReviewIsRecent", Level.WARNING, 2.0,
                "The model records its last review date, and that date is within the allowed review age "
                        + "(365 days by default).",
                ModelPart.MODEL);
    }

    @Override
    public String help() {
        return """
                Systems drift away from their threat models: new endpoints, new stores, new agents. A model that \
                nobody has looked at for a year is likely to describe a system that no longer exists, and a \
                passing check on it means little. The allowed age is set with the plugin's review-age option.

                **How to fix:** review the model against the system as it is now, update what changed, and set \
                `reviewed` to the date of the review.

                **Compliant**
                ```yaml
                name: Blog authentication and publishing
                owner: blog-platform-team
                reviewed: 2026-11-02
                ```

                **Non-compliant**
                ```yaml
                name: Blog authentication and publishing
                owner: blog-platform-team
                reviewed: 2023-04-17       # years old; or no reviewed date at all
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.REVIEW_DATE)) {
            return;
        }
        ThreatModel model = context.model();
        if (model.reviewed() == null) {
            context.reportModel("The model has no review date: review it and add reviewed: with the date.")
                    .key("review");
            return;
        }
        long age = ChronoUnit.DAYS.between(model.reviewed(), context.options().today());
        int max = context.options().maxReviewAgeDays();
        if (age > max) {
            context.reportModel("The model was last reviewed on " + model.reviewed() + ", " + age + " days ago, "
                            + "more than the " + max + " days allowed; it may no longer match the system: review "
                            + "it and update reviewed.")
                    .at(model.origin().of("reviewed"))
                    .key("review");
        }
    }
}
