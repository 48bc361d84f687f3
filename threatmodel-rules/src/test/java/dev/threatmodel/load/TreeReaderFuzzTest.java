package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Feeds arbitrary bytes to the YAML and JSON tree readers. Whatever the input, the only acceptable outcomes are a
 * tree or a {@link ModelLoadException} whose problems carry a located, non-empty message; anything else (an
 * unexpected exception, a stack overflow, running out of memory, hanging) is a bug.
 *
 * <p>In a normal build these run once per file in {@code TreeReaderFuzzTestInputs} (the seed corpus and every past
 * finding). See {@code docs/robustness.md} for the command that fuzzes them.
 */
class TreeReaderFuzzTest {

    private static final Path FILE = Path.of("fuzzed.yaml");

    @FuzzTest(maxDuration = "10m")
    void yaml(byte[] input) {
        try {
            Node tree = new YamlTreeReader(LoadLimits.DEFAULT).read(SourceText.decode(FILE, input));
            assertWellFormed(tree);
        } catch (ModelLoadException e) {
            assertLocated(e, FILE);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] input) {
        try {
            Node tree = new JsonTreeReader(LoadLimits.DEFAULT).read(SourceText.decode(FILE, input));
            assertWellFormed(tree);
        } catch (ModelLoadException e) {
            assertLocated(e, FILE);
        }
    }

    /** Every problem names the file read and says something. */
    static void assertLocated(ModelLoadException e, Path file) {
        assertThat(e.problems()).isNotEmpty();
        for (LoadProblem p : e.problems()) {
            assertThat(p.location()).isNotNull();
            assertThat(p.location().file()).isEqualTo(file);
            assertThat(p.message()).isNotBlank();
        }
    }

    static void assertWellFormed(Node node) {
        assertThat(node.location()).isNotNull();
        if (node instanceof MapNode map) {
            map.fields().forEach((key, field) -> {
                assertThat(field.key()).isEqualTo(key);
                assertWellFormed(field.value());
            });
        } else if (node instanceof ListNode list) {
            list.items().forEach(TreeReaderFuzzTest::assertWellFormed);
        } else {
            assertThat(((ScalarNode) node).text()).isNotNull();
        }
    }
}
