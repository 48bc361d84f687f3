package dev.threatmodel.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsAFileAsItWasAtEarlierRevisions() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            String first = repo.write("model/threatmodel.yaml", "one\n").commit("first");
            repo.write("model/threatmodel.yaml", "two\n").commit("second");
            try (GitRevisionReader git = GitRevisionReader.open(repo.dir().resolve("model"), "HEAD~1")) {
                GitRevisionReader.ResolvedRevision r = git.resolve("HEAD~1");
                assertThat(r.commitId()).isEqualTo(first);
                assertThat(r.shortId()).hasSize(12);
                String path = git.repositoryPath(repo.dir().resolve("model/threatmodel.yaml"));
                assertThat(path).isEqualTo("model/threatmodel.yaml");
                assertThat(git.read(r, path, 1000)).hasValueSatisfying(
                        b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("one\n"));
                assertThat(git.read(git.resolve("main"), path, 1000)).hasValueSatisfying(
                        b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("two\n"));
                assertThat(git.read(r, "model/other.yaml", 1000)).isEmpty();
                assertThat(git.isShallow()).isFalse();
            }
        }
    }

    @Test
    void outsideAGitRepositoryTheMessageSaysSoAndOffersTheBaselineFile() {
        assertThatThrownBy(() -> GitRevisionReader.open(tmp, "origin/main"))
                .isInstanceOf(GitRevisionException.class)
                .hasMessageContaining("\"origin/main\"")
                .hasMessageContaining("is not inside a git repository")
                .hasMessageContaining("threatmodel:baseline")
                .extracting(e -> ((GitRevisionException) e).reason())
                .isEqualTo(GitRevisionException.Reason.NOT_A_REPOSITORY);
    }

    @Test
    void anUnknownRevisionIsNamed() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("a.yaml", "a\n").commit("first");
            try (GitRevisionReader git = GitRevisionReader.open(repo.dir(), "nope")) {
                for (String rev : new String[] {"no-such-branch", "HEAD~5", "0123456789abcdef0123456789abcdef01234567",
                        "HEAD^^^{tree}:x", " "}) {
                    assertThatThrownBy(() -> git.resolve(rev)).as(rev)
                            .isInstanceOf(GitRevisionException.class)
                            .hasMessageContaining("is not known in this git repository")
                            .extracting(e -> ((GitRevisionException) e).reason())
                            .isEqualTo(GitRevisionException.Reason.UNKNOWN_REVISION);
                }
            }
        }
    }

    @Test
    void aShallowCloneWithoutTheBaseRevisionSaysToFetchIt() throws Exception {
        try (GitRepos origin = GitRepos.init(tmp.resolve("origin"))) {
            origin.write("a.yaml", "a\n").commit("first");
            String second = origin.write("a.yaml", "b\n").commit("second");
            origin.write("a.yaml", "c\n").commit("third");
            try (GitRepos clone = origin.shallowClone(tmp.resolve("clone"), 1);
                 GitRevisionReader git = GitRevisionReader.open(clone.dir(), "HEAD~1")) {
                assertThat(git.isShallow()).isTrue();
                assertThat(git.resolve("HEAD").commitId()).isNotEqualTo(second);
                for (String rev : new String[] {"HEAD~1", second, "origin/feature"}) {
                    assertThatThrownBy(() -> git.resolve(rev)).as(rev)
                            .isInstanceOf(GitRevisionException.class)
                            .hasMessageContaining("shallow clone")
                            .hasMessageContaining("fetch-depth: 0")
                            .extracting(e -> ((GitRevisionException) e).reason())
                            .isEqualTo(GitRevisionException.Reason.SHALLOW_CLONE);
                }
            }
        }
    }

    @Test
    void onlyRegularFilesAreReadAndOnlyUpToTheLimit() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("real.yaml", "0123456789\n").write("dir/inner.yaml", "x\n");
            Files.createSymbolicLink(repo.dir().resolve("link.yaml"), Path.of("real.yaml"));
            repo.commit("files");
            try (GitRevisionReader git = GitRevisionReader.open(repo.dir(), "HEAD")) {
                GitRevisionReader.ResolvedRevision head = git.resolve("HEAD");
                assertThatThrownBy(() -> git.read(head, "link.yaml", 1000))
                        .hasMessageContaining("a symbolic link").hasMessageContaining("only regular files");
                assertThatThrownBy(() -> git.read(head, "dir", 1000)).hasMessageContaining("a directory");
                assertThatThrownBy(() -> git.read(head, "real.yaml", 5))
                        .extracting(e -> ((GitRevisionException) e).reason())
                        .isEqualTo(GitRevisionException.Reason.TOO_LARGE);
                assertThatThrownBy(() -> git.repositoryPath(tmp.resolve("elsewhere.yaml")))
                        .hasMessageContaining("not inside the git repository's work tree");
            }
        }
    }
}
