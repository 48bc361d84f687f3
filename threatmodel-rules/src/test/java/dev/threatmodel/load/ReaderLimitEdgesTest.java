package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each limit exactly at and just past its edge, and the byte-level checks on their smallest inputs. Written after
 * mutation testing showed these edges unguarded: a limit that is off by one, or left to SnakeYAML's defaults, would
 * have passed every other test.
 */
class ReaderLimitEdgesTest {

    private static Node yaml(LoadLimits limits, String text) throws ModelLoadException {
        return new YamlTreeReader(limits).read(SourceText.decode(Path.of("a.yaml"),
                text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String problems(LoadLimits limits, String text) {
        return catchThrowableOfType(ModelLoadException.class, () -> yaml(limits, text)).problems().toString();
    }

    private static String decodeProblems(byte[] bytes) {
        return catchThrowableOfType(ModelLoadException.class, () -> SourceText.decode(Path.of("a.yaml"), bytes))
                .problems().toString();
    }

    @Test
    void theValueCountMayReachTheLimitButNotPassIt() throws ModelLoadException {
        // root, base mapping and its two values (4), then each alias stands for three more: 10 in all
        String text = "base: &b {k: x, l: y}\none: *b\ntwo: *b\n";
        assertThat(yaml(new LoadLimits(1_000, 64, 50, 10), text)).isInstanceOf(MapNode.class);
        assertThat(problems(new LoadLimits(1_000, 64, 50, 9), text)).isEqualTo("[a.yaml:1:7: the model has more"
                + " than 9 values once its aliases are expanded; refusing to read further]");
    }

    @Test
    void anAliasMayReachTheDepthLimitButNotPassIt() throws ModelLoadException {
        assertThat(yaml(new LoadLimits(1_000, 3, 50, 100), "a: &d [x]\nb: [*d]\n")).isInstanceOf(MapNode.class);
        assertThat(problems(new LoadLimits(1_000, 3, 50, 100), "a: &d {k: {l: x}}\nb: [*d]\n"))
                .isEqualTo("[a.yaml:1:4: the YAML is nested more than 3 levels deep]");
    }

    @Test
    void mappingsJustPastTheDepthLimitAreRefusedByTheReaderItself() {
        // 65 nested block mappings: one level within SnakeYAML's own limit, so this reader must refuse it
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            text.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        text.append("  ".repeat(65)).append("leaf\n");
        assertThat(problems(LoadLimits.DEFAULT, text.toString()))
                .isEqualTo("[a.yaml:65:129: the YAML is nested more than 64 levels deep]");
    }

    @Test
    void theNestingPlaceIsFoundAfterManyClosedSiblings() {
        String text = "- []\n".repeat(70) + "- " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(problems(LoadLimits.DEFAULT, text))
                .isEqualTo("[a.yaml:71:66: the YAML is nested more than 64 levels deep]");
    }

    @Test
    void theAliasLimitIsOurs() throws ModelLoadException {
        String text = "a: &l [x]\nb: [*l, *l]\n";
        assertThat(yaml(new LoadLimits(1_000, 64, 2, 100), text)).isInstanceOf(MapNode.class);
        assertThat(problems(new LoadLimits(1_000, 64, 1, 100), text)).isEqualTo("[a.yaml:2:9: the YAML uses more"
                + " than 1 aliases to lists or mappings; refusing to expand them, since that is how alias bombs"
                + " ('billion laughs') exhaust memory]");
    }

    @Test
    void aModelLargerThanSnakeYamlsOwnDefaultOfThreeMegabytesLoads() throws ModelLoadException {
        String big = "x".repeat(3_500_000);
        MapNode root = (MapNode) yaml(LoadLimits.DEFAULT, "description: " + big + "\n");
        assertThat(((ScalarNode) root.get("description").orElseThrow()).text()).hasSize(3_500_000);
    }

    @Test
    void jsonNullIsANullScalar() throws ModelLoadException {
        MapNode root = (MapNode) new JsonTreeReader(LoadLimits.DEFAULT).read(SourceText.decode(Path.of("a.json"),
                "{\"a\": null}".getBytes(StandardCharsets.UTF_8)));
        ScalarNode a = (ScalarNode) root.get("a").orElseThrow();
        assertThat(a.isNull()).isTrue();
        assertThat(a.location().column()).isEqualTo(7);
    }

    @Test
    void aNulAsTheVeryFirstCharacterIsRefused() {
        assertThat(decodeProblems(new byte[] {0, 'a', 'b', 'c', 'd'}))
                .isEqualTo("[a.yaml:1:1: the file contains a NUL character; it is not a text file]");
    }

    @Test
    void twoPairsAreEnoughToRecogniseUtf16WithoutAMarkInEitherByteOrder() {
        String expected = "[a.yaml:1:1: the file seems to be encoded in UTF-16 (every other byte is zero);"
                + " save it as UTF-8]";
        assertThat(decodeProblems(new byte[] {'t', 0, 'x', 0})).isEqualTo(expected);
        assertThat(decodeProblems(new byte[] {0, 't', 0, 'x'})).isEqualTo(expected);
        assertThat(decodeProblems(new byte[] {'t', 0})).isEqualTo(
                "[a.yaml:1:2: the file contains a NUL character; it is not a text file]");
    }

    @Test
    void aByteOrderMarkAloneIsRecognised() {
        assertThat(decodeProblems(new byte[] {(byte) 0xFF, (byte) 0xFE}))
                .isEqualTo("[a.yaml:1:1: the file is encoded in UTF-16; save it as UTF-8]");
    }
}
