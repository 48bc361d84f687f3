package dev.threatmodel.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Feeds arbitrary bytes to the baseline file reader. The only acceptable outcomes are a baseline that writes back to
 * a file that reads as the same baseline, or a {@link ModelLoadException} whose every problem names the file.
 *
 * <p>In a normal build this runs once per file in {@code BaselineFileFuzzTestInputs}; see {@code docs/robustness.md}
 * for fuzzing it ({@code -Dtest='BaselineFileFuzzTest#read'}).
 */
class BaselineFileFuzzTest {

    private static final Path FILE = scratchFile();

    @FuzzTest(maxDuration = "10m")
    void read(byte[] input) {
        try {
            Files.write(FILE, input);
            Baseline baseline = BaselineFile.read(FILE, "fuzz");
            String text = BaselineFile.render(baseline);
            Files.writeString(FILE, text);
            assertThat(BaselineFile.read(FILE, "fuzz").entries()).isEqualTo(baseline.entries());
        } catch (ModelLoadException e) {
            assertThat(e.problems()).isNotEmpty();
            for (LoadProblem p : e.problems()) {
                assertThat(p.location()).isNotNull();
                assertThat(p.location().file()).isEqualTo(FILE);
                assertThat(p.message()).isNotBlank();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path scratchFile() {
        try {
            Path file = Files.createTempFile("threatmodel-fuzz", ".baseline.yaml");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
