package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files inside the repository are read: a model from a pull request cannot make the build read a file of
 * the machine through a symbolic link, stall on a named pipe or read {@code /dev/zero}, and messages name the actual
 * problem.
 */
class FileAccessTest {

    static final String SECRET = "aws_secret_access_key_0123456789_abcdefghijklmnopqrstuvwxyz: AKIAEXAMPLESECRET";

    @TempDir
    Path temp;

    Path repo;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        repo = Files.createDirectories(temp.resolve("repo"));
        outside = Files.createDirectories(temp.resolve("home"));
    }

    private ModelLoader confined() {
        return new ModelLoader().confinedTo(repo);
    }

    private static List<String> messages(ModelLoadException e) {
        return e.problems().stream().map(LoadProblem::message).toList();
    }

    private static boolean symlinksWork(Path dir) {
        try {
            Files.createSymbolicLink(dir.resolve(".probe"), dir);
            Files.delete(dir.resolve(".probe"));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void aModelLinkedToAFileOutsideTheRepositoryIsRefusedUnread() throws IOException {
        assumeTrue(symlinksWork(repo), "symbolic links cannot be made here");
        Path secret = Files.writeString(outside.resolve(".git-credentials"), SECRET + "\n");
        Path model = Files.createSymbolicLink(repo.resolve("threatmodel.yaml"), secret);

        assertThatThrownBy(() -> confined().load(model))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> {
                    assertThat(messages(e)).singleElement().asString()
                            .startsWith("the file is a symbolic link (or lies under one) to a file outside the"
                                    + " repository, 'repo'")
                            .doesNotContain("AKIA").doesNotContain("aws_secret").doesNotContain(outside.toString());
                    assertThat(e.problems().get(0).location().line()).isEqualTo(1);
                });
    }

    @Test
    void aDefaultCompanionLinkedOutsideTheRepositoryIsRefused() throws IOException {
        assumeTrue(symlinksWork(repo), "symbolic links cannot be made here");
        Path secret = Files.writeString(outside.resolve("secrets.yaml"), SECRET + "\n");
        Path model = Files.writeString(repo.resolve("model.json"),
                "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"p\", \"id\": \"p\"}}");
        Files.createSymbolicLink(repo.resolve("model.threatmodel.yaml"), secret);

        assertThatThrownBy(() -> confined().load(model))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.location().file().getFileName()).hasToString("model.threatmodel.yaml");
                        assertThat(p.message()).contains("outside the repository").doesNotContain("AKIA");
                    });
                });
    }

    @Test
    void aLinkInsideTheRepositoryIsReadAndAnUnconfinedLoaderReadsAnywhere() throws IOException, ModelLoadException {
        assumeTrue(symlinksWork(repo), "symbolic links cannot be made here");
        Path real = Files.writeString(Files.createDirectories(repo.resolve("models")).resolve("m.yaml"), "name: in\n");
        Path link = Files.createSymbolicLink(repo.resolve("threatmodel.yaml"), real);
        assertThat(confined().load(link).name()).isEqualTo("in");

        Path elsewhere = Files.writeString(outside.resolve("m.yaml"), "name: out\n");
        Path outLink = Files.createSymbolicLink(repo.resolve("other.yaml"), elsewhere);
        assertThat(new ModelLoader().load(outLink).name()).isEqualTo("out");
        assertThatThrownBy(() -> confined().load(outLink)).isInstanceOf(ModelLoadException.class);
    }

    @Test
    void aFileOutsideTheRepositoryNamedDirectlyIsRefusedToo() throws IOException {
        Path elsewhere = Files.writeString(outside.resolve("m.yaml"), "name: out\n");
        assertThatThrownBy(() -> confined().load(elsewhere))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> assertThat(messages(e)).singleElement()
                        .asString().startsWith("the file lies outside the repository, 'repo'"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = repo.resolve("companion.threatmodel.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made && Files.exists(fifo), "mkfifo is not available");
        Path model = Files.writeString(repo.resolve("companion.json"),
                "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"p\", \"id\": \"p\"}}");

        assertThatThrownBy(() -> confined().load(model, fifo))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> assertThat(messages(e)).containsExactly(
                        "the file is not a regular file (a named pipe, a device or a socket); only regular files"
                                + " are read"));
        // the default companion is the pipe too: refused, not skipped and not waited on
        assertThatThrownBy(() -> confined().load(model)).isInstanceOf(ModelLoadException.class);
    }

    @Test
    void devZeroIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertThatThrownBy(() -> new ModelLoader().load(zero))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> assertThat(messages(e)).containsExactly(
                        "the file is not a regular file (a named pipe, a device or a socket); only regular files"
                                + " are read"));
    }

    @Test
    void aDirectoryAndAMissingFileAreNamedForWhatTheyAre() throws IOException {
        Path dir = Files.createDirectories(repo.resolve("threatmodel.yaml"));
        assertThatThrownBy(() -> confined().load(dir))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> assertThat(messages(e))
                        .containsExactly("the file is a directory, not a file"));
        assertThatThrownBy(() -> confined().load(repo.resolve("missing.yaml")))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> assertThat(messages(e))
                        .containsExactly("the file does not exist"));
        assertThat(ReadableFile.problem(dir)).isEqualTo("is a directory, not a file");
        assertThat(ReadableFile.problem(repo.resolve("missing.yaml"))).isEqualTo("does not exist");
    }

    @Test
    void aDanglingLinkSaysSo() throws IOException {
        assumeTrue(symlinksWork(repo), "symbolic links cannot be made here");
        Path link = Files.createSymbolicLink(repo.resolve("threatmodel.yaml"), repo.resolve("gone.yaml"));
        assertThat(ReadableFile.problem(link)).isEqualTo("is a symbolic link to a file that does not exist");
    }

    @Test
    void anUnreadableFileGivesTheReason() {
        // the tests may run as root, who reads every file: the reason is checked on the exception itself
        assertThat(ReadableFile.reason(new AccessDeniedException("/repo/threatmodel.yaml")))
                .isEqualTo("permission denied");
    }

    @Test
    void messagesQuoteOnlyAShortExcerptOfTheFile() throws IOException {
        Path model = Files.writeString(repo.resolve("threatmodel.yaml"), SECRET + "\n");
        assertThatThrownBy(() -> confined().load(model))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> {
                    assertThat(messages(e)).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContain("AKIA")
                            .doesNotContain("abcdefghijklmnopqrstuvwxyz"));
                    assertThat(messages(e).get(0)).isEqualTo("unknown key 'aws_secret_access_key_0123456789_abcd...' in the model");
                });
    }

    @Test
    void excerptsAreCutAtFortyCharacters() {
        assertThat(Excerpt.of("short")).isEqualTo("short");
        assertThat(Excerpt.of("x".repeat(100))).hasSize(Excerpt.MAX_CHARACTERS).endsWith("...");
    }
}
