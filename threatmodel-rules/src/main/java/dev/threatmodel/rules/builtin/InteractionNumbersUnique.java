package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.HashMap;
import java.util.Map;

/** TM306: every flow has its own interaction number (required in the native format, unique everywhere). */
public final class InteractionNumbersUnique extends BuiltinRule {

    public InteractionNumbersUnique() {
        super("TM306", "InteractionNumbersUnique", Level.WARNING, 1.0,
                "Every data flow carries an interaction number, and no two flows share one.",
                ModelPart.DATA_FLOW);
    }

    @Override
    public String help() {
        return """
                Interaction numbers let reviewers walk the diagram in order and refer to one exchange \
                unambiguously ("threats on interaction 3"). Two flows with the same number make every such \
                reference ambiguous. The native format requires a number on every flow; models from formats \
                without numbers are only checked for duplicates.

                **How to fix:** give each flow a `number` that no other flow uses.

                **Compliant**
                ```yaml
                flows:
                  - id: f6
                    number: 6
                    name: New author account
                    source: create-author
                    target: accounts
                  - id: f7
                    number: 7
                    name: Passphrase hash
                    source: set-passphrase
                    target: accounts
                ```

                **Non-compliant**
                ```yaml
                flows:
                  - id: f6
                    number: 6
                    name: New author account
                    source: create-author
                    target: accounts
                  - id: f7
                    number: 6            # already used by f6
                    name: Passphrase hash
                    source: set-passphrase
                    target: accounts
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        boolean lacksNumbers = Findings.formatGap(context, this, FormatGap.INTERACTION_NUMBERS);
        boolean required = context.model().format().isNative() && !lacksNumbers;
        Map<Integer, DataFlow> firstWithNumber = new HashMap<>();
        for (DataFlow f : context.model().flows()) {
            if (f.number() == null) {
                if (required) {
                    context.report(f, "Flow " + Findings.flow(context.model(), f)
                            + " has no interaction number: add number: with a "
                            + "number no other flow uses.");
                }
                continue;
            }
            DataFlow first = firstWithNumber.putIfAbsent(f.number(), f);
            if (first != null) {
                context.report(f, "Flow " + Findings.flow(context.model(), f) + " has interaction number "
                                + f.number() + ", which flow " + Findings.flow(context.model(), first)
                                + " already uses: give each flow its own number.")
                        .at(f.origin().of("number"))
                        .related(first.origin().of("number"), "flow " + first.id() + " uses the number first");
            }
        }
    }
}
