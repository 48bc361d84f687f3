package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.CodePattern;
import dev.threatmodel.repo.CodeCommit;
import dev.threatmodel.repo.CodeFacts;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * TM604: the code an element, flow or mitigation links has not changed in commits after the review date that applies
 * to it. Where the history cannot be read (no git repository, a shallow clone) the rule gives one note, never a
 * silent pass.
 */
public final class LinkedCodeUnchangedSinceReview extends BuiltinRule {

    /** Files named in one finding; the rest are counted. */
    static final int FILES_SHOWN = 5;

    public LinkedCodeUnchangedSinceReview() {
        super("TM604", "LinkedCodeUnchangedSinceReview", Level.WARNING, 4.0,
                "The code an element, flow or mitigation links has not changed in commits after the review date "
                        + "that applies to it.",
                ModelPart.MODEL, ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.DATA_STORE,
                ModelPart.AI_AGENT, ModelPart.DATA_FLOW, ModelPart.MITIGATION);
    }

    @Override
    public String help() {
        return """
                A threat model is only as current as its last review. When an element lists the code that \
                implements it (`code:`, repository-relative paths or globs) or a mitigation's `reference` names a \
                file of the repository, the check reads the git history of those paths and reports each part whose \
                code changed in commits made after its review date: the part's own `reviewed:`, else the model's. \
                A commit counts when its day on its committer's clock is later than the review date. The finding \
                names the files, the number of commits and the newest commit, so a reviewer knows what to read. \
                A shallow clone or a build outside a git repository gets one note saying the history is unknown.

                **How to fix:** review the part against the changes (`git log <newest id>` on the files named), \
                update the model where the code changed what it does, and set `reviewed:` on the part (or the \
                model) to the date of that review. In CI, fetch the whole history (`actions/checkout` with \
                `fetch-depth: 0`).

                **Compliant**
                ```yaml
                reviewed: 2026-11-02
                elements:
                  - id: login
                    type: process
                    code: [src/main/java/acme/auth/**]
                    reviewed: 2026-11-20   # reviewed after the last change to src/main/java/acme/auth
                ```

                **Non-compliant**
                ```yaml
                reviewed: 2026-01-10       # src/main/java/acme/auth changed in March and nobody looked again
                elements:
                  - id: login
                    type: process
                    code: [src/main/java/acme/auth/**]
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        List<LinkedItems.Linked> items = LinkedItems.of(context.model());
        if (items.isEmpty()) {
            return;
        }
        CodeFacts facts = context.repository().code();
        if (facts.historyUnknown() != null) {
            context.reportModel("The history of the code the model links is unknown, so whether it changed since "
                            + "the review is not checked: " + facts.historyUnknown() + ".")
                    .note()
                    .key("history");
            return;
        }
        // the changed files once, sorted, so that each link looks only at the files below its fixed prefix
        TreeMap<String, List<CodeCommit>> byPath = new TreeMap<>();
        for (CodeCommit c : facts.commits()) {
            for (String path : c.paths()) {
                byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(c);
            }
        }
        for (LinkedItems.Linked linked : items) {
            if (linked.reviewed() == null) {
                continue; // TM601 reports a model without a review date
            }
            Set<String> files = new TreeSet<>();
            Map<String, CodeCommit> touching = new LinkedHashMap<>();
            for (String link : linked.links()) {
                if (CodePattern.problem(link) != null) {
                    continue; // TM605 reports a link that names no file
                }
                CodePattern pattern = CodePattern.of(link);
                String prefix = pattern.literalPrefix();
                Map<String, List<CodeCommit>> candidates = prefix.isEmpty() ? byPath
                        : byPath.subMap(prefix, true, prefix + Character.MAX_VALUE, true);
                for (Map.Entry<String, List<CodeCommit>> e : candidates.entrySet()) {
                    if (!pattern.matches(e.getKey())) {
                        continue;
                    }
                    for (CodeCommit c : e.getValue()) {
                        if (c.date().isAfter(linked.reviewed())) {
                            files.add(e.getKey());
                            touching.putIfAbsent(c.id(), c);
                        }
                    }
                }
            }
            List<CodeCommit> commits = new ArrayList<>(touching.values());
            if (commits.isEmpty()) {
                continue;
            }
            CodeCommit newest = commits.get(0);
            for (CodeCommit c : commits) {
                if (c.time().isAfter(newest.time())) {
                    newest = c;
                }
            }
            context.report(linked.item(), "Code linked to " + linked.kind() + " " + linked.item().display()
                            + " changed in " + count(commits.size(), "commit") + " after its review on "
                            + linked.reviewed() + ": " + shown(files) + "; newest " + newest.shortId() + " on "
                            + newest.date() + ". Review the " + linked.kind() + " against the change and update "
                            + "reviewed.")
                    .at(linked.places().get(0))
                    .related(linked.reviewedAt(), "the review date that applies");
        }
    }

    private static String shown(Set<String> files) {
        List<String> list = new ArrayList<>(files);
        String named = String.join(", ", list.subList(0, Math.min(FILES_SHOWN, list.size())));
        return list.size() <= FILES_SHOWN ? named : named + " and " + (list.size() - FILES_SHOWN) + " more files";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
