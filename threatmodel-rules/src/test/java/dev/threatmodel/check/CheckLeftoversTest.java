package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run leaves in the report directory and tells the user when that directory misbehaves: the model's problems
 * come before a write error, temporary files of a killed run are removed, and a model reached through a link out of
 * the repository is refused unless the request allows it.
 */
class CheckLeftoversTest {

    @TempDir
    Path repo;

    private CheckRequest.Builder request(Path model, Path out) {
        return CheckRequest.builder(model).topDirectory(repo).formats(Set.of(ReportFormat.SARIF,
                ReportFormat.MARKDOWN)).outputDirectory(out).toolVersion("1.0");
    }

    @Test
    void theModelsProblemsComeFirstWhenTheEarlierReportCannotBeRemoved() throws IOException {
        Path model = Files.writeString(repo.resolve("threatmodel.yaml"), "nmae: broken\n");
        Path out = Files.createDirectories(repo.resolve("target"));
        // a report path that cannot be deleted (a directory with content stands in for a read-only directory,
        // which root could write to anyway)
        Path stuck = Files.createDirectories(out.resolve(ReportFormat.SARIF.fileName()));
        Files.writeString(stuck.resolve("x"), "Passed");

        assertThatThrownBy(() -> ThreatModelCheck.run(request(model, out).build()))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p ->
                            assertThat(p.message()).startsWith("unknown key 'nmae'"));
                    assertThat(e.getSuppressed()).singleElement().satisfies(s -> assertThat(s.getMessage())
                            .isEqualTo("the sarif report of an earlier run, threatmodel.sarif, cannot be removed"
                                    + " (DirectoryNotEmptyException); it is not this run's result"));
                });
    }

    @Test
    void aWriteErrorAloneIsStillAnError() throws IOException {
        Path model = Files.writeString(repo.resolve("threatmodel.yaml"), "name: fine\n");
        Path out = Files.createDirectories(repo.resolve("target"));
        Files.writeString(Files.createDirectories(out.resolve(ReportFormat.SARIF.fileName())).resolve("x"), "x");

        assertThatThrownBy(() -> ThreatModelCheck.run(request(model, out).build()))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot be removed");
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndOthersKept() throws Exception {
        Path model = Files.writeString(repo.resolve("threatmodel.yaml"), "name: fine\n");
        Path out = Files.createDirectories(repo.resolve("target"));
        Path ours = Files.writeString(out.resolve(".threatmodel.sarif1234567890.tmp"), "half a report");
        Path oursHtml = Files.writeString(out.resolve(".threatmodel.html42.tmp"), "half a report");
        Path theirs = Files.writeString(out.resolve(".other.sarif1.tmp"), "someone else's");
        Path notDigits = Files.writeString(out.resolve(".threatmodel.sarif-keep.tmp"), "not ours");

        ThreatModelCheck.run(request(model, out).build());

        assertThat(ours).doesNotExist();
        assertThat(oursHtml).doesNotExist();
        assertThat(theirs).exists();
        assertThat(notDigits).exists();
    }

    @Test
    void aModelLinkedOutOfTheRepositoryIsRefusedUnlessAllowed() throws Exception {
        Path elsewhere = Files.createDirectories(repo.resolveSibling(repo.getFileName() + "-elsewhere"));
        try {
            Path real = Files.writeString(elsewhere.resolve("m.yaml"), "name: out\n");
            Path link;
            try {
                link = Files.createSymbolicLink(repo.resolve("threatmodel.yaml"), real);
            } catch (IOException | UnsupportedOperationException e) {
                assumeTrue(false, "symbolic links cannot be made here");
                return;
            }
            Path out = repo.resolve("target");
            assertThatThrownBy(() -> ThreatModelCheck.run(request(link, out).repositoryRoot(repo).build()))
                    .isInstanceOfSatisfying(ModelLoadException.class, e -> assertThat(e.problems().get(0).message())
                            .contains("outside the repository"));
            assertThat(ThreatModelCheck.run(request(link, out).repositoryRoot(repo)
                    .allowFilesOutsideRepository(true).build()).model().name()).isEqualTo("out");
        } finally {
            try (var files = Files.walk(elsewhere)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
