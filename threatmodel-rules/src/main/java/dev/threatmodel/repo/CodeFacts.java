package dev.threatmodel.repo;

import java.util.List;
import java.util.Set;

/**
 * What the repository says about the code the model links.
 *
 * @param filesUnchecked   why the links were not compared with the repository's files, or null when they were
 * @param historyUnknown   why the history of the linked code is not known (no git repository, a shallow clone, an
 *                         unreadable repository), or null when it was read
 * @param commits          the commits, newest first, that changed linked files after the earliest review date that
 *                         applies to a link; each lists only the linked files it changed
 * @param withoutFile      the link texts that match no file of the repository's work tree
 */
public record CodeFacts(String filesUnchecked, String historyUnknown, List<CodeCommit> commits,
                        Set<String> withoutFile) {

    /** Facts of a check that did not look at the repository: nothing is known. */
    public static final CodeFacts NOT_COLLECTED = new CodeFacts(
            "the repository was not examined in this check", "the repository was not examined in this check",
            List.of(), Set.of());

    public CodeFacts {
        commits = List.copyOf(commits);
        withoutFile = Set.copyOf(withoutFile);
    }
}
