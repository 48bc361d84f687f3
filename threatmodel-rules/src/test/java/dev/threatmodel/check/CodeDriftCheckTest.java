package dev.threatmodel.check;

import static dev.threatmodel.git.GitRepositories.commit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.git.GitRepositories;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TM604 and TM605 end to end: a model in a real git repository made in the test. */
class CodeDriftCheckTest {

    @TempDir
    Path repo;

    private static String model(String elements, String threats) {
        return """
                name: Drift
                owner: team
                reviewed: 2026-03-01
                zones:
                  - id: app
                    trustLevel: 50
                elements:
                """ + elements + (threats == null ? "" : "threats:\n" + threats);
    }

    private List<Finding> check(String model) throws Exception {
        Path file = repo.resolve("threatmodel.yaml");
        Files.writeString(file, model);
        CheckResult result = ThreatModelCheck.run(CheckRequest.builder(file).repositoryRoot(repo)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 4, 1), 365))
                .ruleConfig(RuleConfig.DEFAULT).build());
        return result.findings().stream().filter(f -> f.ruleId().equals("TM604") || f.ruleId().equals("TM605"))
                .toList();
    }

    private Git history() throws Exception {
        Git git = GitRepositories.init(repo);
        commit(git, LocalDateTime.of(2026, 2, 1, 9, 0), Map.of("src/auth/Login.java", "v1",
                "src/db/Store.java", "v1", "README.md", "r"));
        return git;
    }

    @Test
    void codeChangedAfterTheReviewIsReportedWithFilesCommitsAndTheNewest() throws Exception {
        RevCommit newest;
        try (Git git = history()) {
            commit(git, LocalDateTime.of(2026, 3, 5, 9, 0), Map.of("src/auth/Login.java", "v2"));
            commit(git, LocalDateTime.of(2026, 3, 6, 9, 0), Map.of("README.md", "r2"));
            newest = commit(git, LocalDateTime.of(2026, 3, 10, 9, 0), Map.of("src/auth/Token.java", "t"));
        }

        List<Finding> findings = check(model("""
                  - id: login
                    type: process
                    zone: app
                    code: [src/auth/**]
                  - id: store
                    type: store
                    zone: app
                    code: [src/db/Store.java]
                """, null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM604");
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.message()).isEqualTo("Code linked to element login changed in 2 commits after its review "
                    + "on 2026-03-01: src/auth/Login.java, src/auth/Token.java; newest "
                    + newest.name().substring(0, 7) + " on 2026-03-10. Review the element against the change and "
                    + "update reviewed.");
            assertThat(f.location().line()).isEqualTo(11);
            assertThat(f.location().column()).isEqualTo(12);
        });
    }

    @Test
    void untouchedCodeGivesNoFinding() throws Exception {
        try (Git git = history()) {
            commit(git, LocalDateTime.of(2026, 3, 5, 9, 0), Map.of("README.md", "r2"));
        }

        assertThat(check(model("""
                  - id: login
                    type: process
                    zone: app
                    code: [src/auth/**, src/db/Store.java]
                """, null))).isEmpty();
    }

    @Test
    void anElementsOwnReviewDateCountsForItsCode() throws Exception {
        try (Git git = history()) {
            commit(git, LocalDateTime.of(2026, 3, 5, 9, 0), Map.of("src/auth/Login.java", "v2"));
            commit(git, LocalDateTime.of(2026, 3, 9, 9, 0), Map.of("src/auth/Login.java", "v3"));
        }

        assertThat(check(model("""
                  - id: login
                    type: process
                    zone: app
                    code: [src/auth/Login.java]
                    reviewed: 2026-03-06
                """, null))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("changed in 1 commit after its review on 2026-03-06: src/auth/Login.java;"));
    }

    @Test
    void aMitigationReferenceThatNamesAFileIsWatchedToo() throws Exception {
        try (Git git = history()) {
            commit(git, LocalDateTime.of(2026, 3, 5, 9, 0), Map.of("src/db/Store.java", "v2"));
        }

        assertThat(check(model("""
                  - id: store
                    type: store
                    zone: app
                """, """
                  - id: T1
                    category: tampering
                    target: store
                    status: mitigated
                    mitigations:
                      - name: Checksums
                        reference: src/db/Store.java#L10
                      - name: Ticket
                        reference: SEC-12
                """))).singleElement().satisfies(f -> {
                    assertThat(f.identity()).isEqualTo("TM604/T1.m1");
                    assertThat(f.message()).startsWith("Code linked to mitigation T1.m1 \"Checksums\" changed in 1 commit");
                });
    }

    @Test
    void aLinkThatMatchesNoFileIsReportedAtTheLink() throws Exception {
        try (Git git = history()) {
            commit(git, LocalDateTime.of(2026, 2, 2, 9, 0), Map.of("README.md", "r2"));
        }

        List<Finding> findings = check(model("""
                  - id: login
                    type: process
                    zone: app
                    code: [src/auth/**, src/payment/**, src/auth/Gone.java, "src/*/Store.java"]
                """, null));

        assertThat(findings).extracting(Finding::ruleId, Finding::level, f -> f.location().column())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TM605", Level.ERROR, 25),
                        org.assertj.core.groups.Tuple.tuple("TM605", Level.ERROR, 41));
        assertThat(findings.get(0).message()).isEqualTo("Code link 'src/payment/**' of element login matches no "
                + "file of the repository: correct the path, or remove the link if the code is gone.");
    }

    @Test
    void outsideAGitRepositoryEachRuleGivesOneNoteAndNoVerdict() throws Exception {
        Files.createDirectories(repo.resolve("src/auth"));
        Files.writeString(repo.resolve("src/auth/Login.java"), "v1");

        List<Finding> findings = check(model("""
                  - id: login
                    type: process
                    zone: app
                    code: [src/auth/**, src/missing/**]
                  - id: other
                    type: process
                    zone: app
                    code: [src/other/**]
                """, null));

        assertThat(findings).extracting(Finding::ruleId, Finding::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TM604", Level.NOTE),
                org.assertj.core.groups.Tuple.tuple("TM605", Level.NOTE));
        assertThat(findings.get(0).message()).contains("no git repository at the repository root");
    }

    @Test
    void aShallowCloneGivesOneNote() throws Exception {
        try (Git git = history()) {
            RevCommit boundary = commit(git, LocalDateTime.of(2026, 3, 5, 9, 0), Map.of("src/auth/Login.java", "v2"));
            Files.writeString(repo.resolve(".git/shallow"), boundary.name() + "\n");
        }

        List<Finding> findings = check(model("""
                  - id: login
                    type: process
                    zone: app
                    code: [src/auth/**]
                """, null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.NOTE);
            assertThat(f.message()).contains("the clone is shallow").contains("fetch-depth: 0");
        });
    }

    @Test
    void theRulesCanBeDisabled() throws Exception {
        try (Git git = history()) {
            commit(git, LocalDateTime.of(2026, 3, 5, 9, 0), Map.of("src/auth/Login.java", "v2"));
        }
        Path file = repo.resolve("threatmodel.yaml");
        Files.writeString(file, model("""
                  - id: login
                    type: process
                    zone: app
                    code: [src/auth/**, src/gone/**]
                """, null));

        CheckResult result = ThreatModelCheck.run(CheckRequest.builder(file).repositoryRoot(repo)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 4, 1), 365))
                .ruleConfig(new RuleConfig(Set.of("TM604", "TM605"), Map.of())).build());

        assertThat(result.findings()).noneMatch(f -> f.ruleId().startsWith("TM60") && !f.ruleId().equals("TM601"));
    }
}
