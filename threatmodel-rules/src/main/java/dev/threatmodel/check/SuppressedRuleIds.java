package dev.threatmodel.check;

import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.Suggestions;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.text.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses suppressions that name no known rule. A typo in a rule id would otherwise suppress nothing without a
 * word, and a reviewer reading the model would believe a finding is waived on purpose when it is not, or that it
 * is not when it is. Known rules are every rule found, enabled or not: disabling a rule does not make its
 * suppressions wrong.
 */
final class SuppressedRuleIds {

    private SuppressedRuleIds() {
    }

    /** One problem per suppression whose rule id is not among {@code known}, with a "did you mean" hint. */
    static List<LoadProblem> unknown(ThreatModel model, Set<String> known) {
        List<LoadProblem> problems = new ArrayList<>();
        check(model.suppressions(), known, problems);
        List<List<? extends ModelItem>> all = List.of(model.assets(), model.objectives(), model.attackerGoals(),
                model.assumptions(), model.zones(), model.elements(), model.flows(), model.threats(),
                model.stories());
        for (List<? extends ModelItem> items : all) {
            for (ModelItem item : items) {
                check(item.suppressions(), known, problems);
            }
        }
        for (Threat t : model.threats()) {
            t.mitigations().forEach(m -> check(m.suppressions(), known, problems));
        }
        return problems;
    }

    private static void check(List<Suppression> suppressions, Set<String> known, List<LoadProblem> problems) {
        for (Suppression s : suppressions) {
            if (s.rule() == null || known.contains(s.rule())) {
                continue;
            }
            String hint = Suggestions.nearest(s.rule(), known).map(id -> "; did you mean '" + id + "'?")
                    .orElse("; known rules: " + String.join(", ", new TreeSet<>(known)));
            problems.add(new LoadProblem(s.origin().of("rule"), "a suppression names rule '"
                    + VisibleText.of(s.rule()) + "', which does not exist" + hint));
        }
    }
}
