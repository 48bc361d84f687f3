package dev.threatmodel.git;

import static dev.threatmodel.git.GitRepositories.commit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.repo.CodeCommit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCodeHistoryTest {

    private static final LocalDate REVIEWED = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    @Test
    void findsOnlyCommitsAfterTheDateThatChangeLinkedFiles() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            commit(git, LocalDateTime.of(2026, 2, 1, 10, 0), Map.of("src/auth/A.java", "a", "docs/x.md", "x"));
            RevCommit march5 = commit(git, LocalDateTime.of(2026, 3, 5, 10, 0), Map.of("src/auth/A.java", "a2"));
            commit(git, LocalDateTime.of(2026, 3, 6, 10, 0), Map.of("docs/x.md", "x2"));
            RevCommit march7 = commit(git, LocalDateTime.of(2026, 3, 7, 10, 0), Map.of("src/auth/A.java", "a3",
                    "src/auth/B.java", "b", "src/other/C.java", "c"));

            GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src/auth"), REVIEWED,
                    p -> p.startsWith("src/auth/"));

            assertThat(history.unknown()).isNull();
            assertThat(history.commits()).extracting(CodeCommit::id).containsExactly(march7.name(), march5.name());
            assertThat(history.commits().get(0).paths()).containsExactly("src/auth/A.java", "src/auth/B.java");
            assertThat(history.commits().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 7));
            assertThat(history.commits().get(0).shortId()).isEqualTo(march7.name().substring(0, 7));
        }
    }

    @Test
    void aCommitOnTheReviewDayOnItsCommittersClockIsNotAfterIt() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            // 23:30 at UTC-5 on the review day is already the next day in UTC
            commit(git, LocalDateTime.of(2026, 3, 1, 23, 30), ZoneOffset.ofHours(-5), Map.of("src/A.java", "a"));
            RevCommit next = commit(git, LocalDateTime.of(2026, 3, 2, 0, 30), ZoneOffset.ofHours(2),
                    Map.of("src/A.java", "b"));

            GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true);

            assertThat(history.commits()).extracting(CodeCommit::id).containsExactly(next.name());
        }
    }

    @Test
    void aMergeIsNotCountedItsBranchCommitsAre() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            commit(git, LocalDateTime.of(2026, 2, 1, 10, 0), Map.of("src/A.java", "a", "src/B.java", "b"));
            git.branchCreate().setName("feature").call();
            RevCommit onMain = commit(git, LocalDateTime.of(2026, 3, 3, 10, 0), Map.of("src/A.java", "a2"));
            git.checkout().setName("feature").call();
            RevCommit onBranch = commit(git, LocalDateTime.of(2026, 3, 4, 10, 0), Map.of("src/B.java", "b2"));
            git.checkout().setName("main").call();
            org.eclipse.jgit.lib.PersonIdent later = new org.eclipse.jgit.lib.PersonIdent("Dev", "dev@example.com",
                    LocalDateTime.of(2026, 3, 20, 10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            git.merge().include(onBranch).setCommit(false).call();
            git.commit().setMessage("merge").setAuthor(later).setCommitter(later).call();

            GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true);

            assertThat(history.commits()).extracting(CodeCommit::id)
                    .containsExactlyInAnyOrder(onMain.name(), onBranch.name());
        }
    }

    @Test
    void aDeletionCountsAsAChange() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            commit(git, LocalDateTime.of(2026, 2, 1, 10, 0), Map.of("src/A.java", "a"));
            java.util.HashMap<String, String> delete = new java.util.HashMap<>();
            delete.put("src/A.java", null);
            delete.put("README", "r");
            commit(git, LocalDateTime.of(2026, 4, 1, 10, 0), delete);

            GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src/A.java"), REVIEWED, p -> true);

            assertThat(history.commits()).singleElement().satisfies(c ->
                    assertThat(c.paths()).containsExactly("src/A.java"));
        }
    }

    @Test
    void noRepositoryIsUnknownHistory() {
        GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true);

        assertThat(history.unknown()).startsWith("no git repository at the repository root");
        assertThat(history.commits()).isEmpty();
    }

    @Test
    void aDotGitThatIsNoRepositoryIsUnknownHistoryWithoutTheAbsolutePath() throws Exception {
        Files.createDirectories(dir.resolve(".git"));

        GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true);

        assertThat(history.unknown()).startsWith("the git repository cannot be read: ")
                .doesNotContain(dir.toAbsolutePath().toString());
    }

    @Test
    void aRepositoryWithoutCommitsIsUnknownHistory() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            assertThat(GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true).unknown())
                    .isEqualTo("the git repository has no commits yet");
        }
    }

    @Test
    void aShallowCloneThatStopsAfterTheReviewIsUnknownHistory() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            commit(git, LocalDateTime.of(2026, 2, 1, 10, 0), Map.of("src/A.java", "a"));
            RevCommit boundary = commit(git, LocalDateTime.of(2026, 3, 5, 10, 0), Map.of("src/A.java", "b"));
            commit(git, LocalDateTime.of(2026, 3, 9, 10, 0), Map.of("src/A.java", "c"));
            // what a depth-limited clone records: history before this commit is not in the clone
            Files.writeString(dir.resolve(".git/shallow"), boundary.name() + "\n");

            GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true);

            assertThat(history.unknown()).startsWith("the clone is shallow: its history stops at commit "
                    + boundary.name().substring(0, 7) + " of 2026-03-05, after the review date 2026-03-01");
            assertThat(history.commits()).isEmpty();
        }
    }

    @Test
    void aShallowCloneThatReachesBackBeforeTheReviewIsEnough() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            RevCommit boundary = commit(git, LocalDateTime.of(2026, 1, 1, 10, 0), Map.of("src/A.java", "a"));
            RevCommit after = commit(git, LocalDateTime.of(2026, 3, 9, 10, 0), Map.of("src/A.java", "c"));
            Files.writeString(dir.resolve(".git/shallow"), boundary.name() + "\n");

            GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true);

            assertThat(history.unknown()).isNull();
            assertThat(history.commits()).extracting(CodeCommit::id).containsExactly(after.name());
        }
    }

    @Test
    void theWalkStopsAtCommitsWellBeforeTheDate() throws Exception {
        try (Git git = GitRepositories.init(dir)) {
            for (int day = 1; day <= 20; day++) {
                commit(git, LocalDateTime.of(2026, 1, day, 10, 0), Map.of("src/A.java", "v" + day));
            }
            commit(git, LocalDateTime.of(2026, 3, 9, 10, 0), Map.of("src/A.java", "last"));

            GitCodeHistory.History history = GitCodeHistory.read(dir, List.of("src"), REVIEWED, p -> true);

            assertThat(history.walked()).isEqualTo(1);
            assertThat(history.commits()).hasSize(1);
        }
    }
}
