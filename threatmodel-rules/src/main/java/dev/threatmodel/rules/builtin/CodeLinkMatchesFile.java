package dev.threatmodel.rules.builtin;

import dev.threatmodel.repo.CodeFacts;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.List;

/**
 * TM605: every code link of the model (an element's or flow's {@code code}, a mitigation's {@code reference} that
 * names a repository file) matches at least one file of the repository's work tree.
 */
public final class CodeLinkMatchesFile extends BuiltinRule {

    public CodeLinkMatchesFile() {
        super("TM605", "CodeLinkMatchesFile", Level.ERROR, 5.0,
                "Every code link of the model matches at least one file of the repository.",
                ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.DATA_STORE, ModelPart.AI_AGENT,
                ModelPart.DATA_FLOW, ModelPart.MITIGATION);
    }

    @Override
    public String help() {
        return """
                A link that matches no file links nothing: once a directory is renamed or a file deleted, the \
                element silently stops being watched for drift (TM604), and a mitigation's reference points at \
                code that no longer exists. Links are repository-relative: a path names that file or directory, a \
                glob (`*`, `?`, `**`) must match at least one file. Checked against the work tree of the git \
                repository at the repository root; outside one the rule gives one note.

                **How to fix:** correct the path (`git log --follow --name-status -- <old path>` shows where a \
                file went), or remove the link if the code is gone, and review the part it belonged to.

                **Compliant**
                ```yaml
                code: [services/payments/**, src/main/java/acme/auth/LoginController.java]
                ```

                **Non-compliant**
                ```yaml
                code: [services/payment/**]   # the directory is services/payments
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
        if (facts.filesUnchecked() != null) {
            context.reportModel("The model's code links were not compared with the repository's files: "
                            + facts.filesUnchecked() + ".")
                    .note()
                    .key("files");
            return;
        }
        for (LinkedItems.Linked linked : items) {
            for (int i = 0; i < linked.links().size(); i++) {
                String link = linked.links().get(i);
                if (facts.withoutFile().contains(link)) {
                    context.report(linked.item(), "Code link '" + link + "' of " + linked.kind() + " "
                                    + linked.item().display() + " matches no file of the repository: correct the "
                                    + "path, or remove the link if the code is gone.")
                            .at(linked.places().get(i))
                            .key(link);
                }
            }
        }
    }
}
