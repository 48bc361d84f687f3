package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Merge keys, which only readers made with {@link YamlTreeReader#withMergeKeys} take (Threagile uses them). */
class YamlMergeKeysTest {

    private static final Path FILE = Path.of("merge.yaml");

    private static MapNode read(String yaml, LoadLimits limits) throws ModelLoadException {
        return (MapNode) YamlTreeReader.withMergeKeys(limits).read(new SourceText(FILE, yaml));
    }

    private static String text(MapNode m, String key) {
        return ((ScalarNode) m.get(key).orElseThrow()).text();
    }

    @Test
    void writtenFieldsWinOverMergedOnesWhereverTheMergeStands() throws ModelLoadException {
        MapNode root = read("""
                base: &b {a: 1, b: 2, c: 3}
                child:
                  b: own
                  <<: *b
                  c: also-own
                """, LoadLimits.DEFAULT);
        MapNode child = (MapNode) root.get("child").orElseThrow();
        assertThat(text(child, "a")).isEqualTo("1");
        assertThat(text(child, "b")).isEqualTo("own");
        assertThat(text(child, "c")).isEqualTo("also-own");
        assertThat(child.has("<<")).isFalse();
    }

    @Test
    void aListOfMappingsMergesTheEarlierFirst() throws ModelLoadException {
        MapNode root = read("""
                x: &x {k: from-x}
                y: &y {k: from-y, only-y: 1}
                z:
                  <<: [*x, *y]
                """, LoadLimits.DEFAULT);
        MapNode z = (MapNode) root.get("z").orElseThrow();
        assertThat(text(z, "k")).isEqualTo("from-x");
        assertThat(text(z, "only-y")).isEqualTo("1");
    }

    @Test
    void mergingAScalarIsALocatedProblem() {
        assertThatThrownBy(() -> read("s: &s word\nm:\n  <<: *s\n", LoadLimits.DEFAULT))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("merge.yaml:1:4: a merge key ('<<') takes a mapping or a list of mappings");
    }

    @Test
    void mergedValuesCountAgainstTheNodeLimit() {
        String yaml = "a: &a {x: 1, y: 2, z: 3}\nb: {<<: *a}\nc: {<<: *a}\nd: {<<: *a}\n";
        assertThatThrownBy(() -> read(yaml, new LoadLimits(1_000_000, 64, 50, 12)))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("more than 12 values");
    }

    @Test
    void theDefaultReaderRefusesThem() {
        assertThatThrownBy(() -> new YamlTreeReader(LoadLimits.DEFAULT)
                .read(new SourceText(FILE, "a: &a {x: 1}\nb:\n  <<: *a\n")))
                .hasMessageContaining("merge keys ('<<') are not supported");
    }
}
